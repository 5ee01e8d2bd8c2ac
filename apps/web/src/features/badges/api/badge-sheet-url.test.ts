import { describe, expect, it } from 'vitest';
import { badgeSheetUrl } from './badge-sheet-url';

const EVENT = '00000000-0000-4000-8000-000000000001';

describe('badgeSheetUrl', () => {
  it('names the selected registrations, comma-separated', () => {
    const url = new URL(
      badgeSheetUrl(EVENT, { layout: 'a4', registrationIds: ['a', 'b'], includeStaff: false }),
      'http://x',
    );
    expect(url.pathname).toBe(`/api/events/${EVENT}/badges.pdf`);
    expect(url.searchParams.get('layout')).toBe('a4');
    expect(url.searchParams.get('registrationIds')).toBe('a,b');
    // The API coerces any value to true, so "false" must not be sent.
    expect(url.searchParams.has('includeStaff')).toBe(false);
  });

  it('leaves the ids out for everyone, and asks for the staff badges', () => {
    const url = new URL(badgeSheetUrl(EVENT, { layout: 'label', includeStaff: true }), 'http://x');
    expect(url.searchParams.has('registrationIds')).toBe(false);
    expect(url.searchParams.get('includeStaff')).toBe('true');
    expect(url.searchParams.get('layout')).toBe('label');
  });
});
