import { describe, expect, it } from 'vitest';
import { barChart, wrapLabel } from './charts';

const text = (rtl: boolean) => ({ rtl, formatNumber: (n: number) => `#${n}` });
const series = [{ label: 'Officials trained', values: [31, 52] }];

describe('report charts', () => {
  it('reads right to left in Arabic: years from the right, legend and tooltips mirrored', () => {
    const { options } = barChart(['2025', '2026'], series, text(true));
    expect(options?.scales?.x).toMatchObject({ reverse: true, position: 'bottom' });
    expect(options?.scales?.y).toMatchObject({ reverse: false, position: 'right' });
    expect(options?.plugins?.legend).toMatchObject({ rtl: true, textDirection: 'rtl' });
    expect(options?.plugins?.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
  });

  it('keeps the usual order in English and French', () => {
    const { options } = barChart(['2025', '2026'], series, text(false));
    expect(options?.scales?.x).toMatchObject({ reverse: false });
    expect(options?.scales?.y).toMatchObject({ position: 'left' });
    expect(options?.plugins?.legend).toMatchObject({ rtl: false, textDirection: 'ltr' });
  });

  it('puts the names of lying bars on the reading side, bars growing away from them', () => {
    const rtl = barChart(['Ministry of Defence'], series, text(true), true).options;
    expect(rtl?.indexAxis).toBe('y');
    expect(rtl?.scales?.y).toMatchObject({ position: 'right', reverse: false });
    expect(rtl?.scales?.x).toMatchObject({ reverse: true });
    const ltr = barChart(['Ministry of Defence'], series, text(false), true).options;
    expect(ltr?.scales?.y).toMatchObject({ position: 'left' });
    expect(ltr?.scales?.x).toMatchObject({ reverse: false });
  });

  it('wraps a long name on whole words, three lines at most', () => {
    expect(wrapLabel('المملكة العربية السعودية', 16)).toEqual(['المملكة العربية', 'السعودية']);
    expect(wrapLabel('Somalia', 12)).toEqual(['Somalia']);
    expect(wrapLabel('Ministry of Information, Culture and Tourism', 12)).toEqual([
      'Ministry of',
      'Information,',
      'Culture and…',
    ]);
  });
});
