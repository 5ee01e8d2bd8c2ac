import { certificateTemplateInputSchema } from '@multaqa/contract';
import { describe, expect, it } from 'vitest';
import { insertAt, newElement, pageMm, starterDesign } from './template-defaults';

describe('template defaults', () => {
  it('starts new templates from a design the contract accepts', () => {
    expect(certificateTemplateInputSchema.safeParse(starterDesign('Default')).success).toBe(true);
  });

  it('places new elements of every kind inside the page', () => {
    const page = pageMm({ pageSize: 'A4', orientation: 'portrait' });
    expect(page).toEqual({ width: 210, height: 297 });
    for (const kind of ['text', 'image', 'signature', 'qr', 'modules'] as const) {
      const element = newElement(kind, page, 30);
      expect(certificateTemplateInputSchema.shape.elements.element.safeParse(element).success).toBe(
        true,
      );
      expect(element.x + element.width).toBeLessThanOrEqual(page.width);
      expect(element.y + element.height).toBeLessThanOrEqual(page.height);
    }
  });

  it('inserts a placeholder at the caret or over the selection', () => {
    expect(insertAt('Dear , welcome', 'name', 5, 5)).toEqual({
      value: 'Dear {{name}}, welcome',
      caret: 13,
    });
    expect(insertAt('Dear X', 'nameAr', 5, 6).value).toBe('Dear {{nameAr}}');
    expect(insertAt('', 'event', null, null)).toEqual({ value: '{{event}}', caret: 9 });
  });
});
