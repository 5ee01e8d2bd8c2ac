import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import ar from '../i18n/ar.json';
import { formatLanguages, formatTimeZone } from './format';
import { timeZonesOfCountry } from './time-zone';

describe('words in the reader’s language', () => {
  it('names every language of a list in the reader’s language', () => {
    expect(formatLanguages(['ar', 'en'], 'ar')).toBe('العربية والإنجليزية');
    expect(formatLanguages(['ar', 'en', 'fr'], 'fr')).toBe('arabe, anglais et français');
  });

  it('names a time zone as people know it, with its offset and the standard’s name', () => {
    const label = formatTimeZone('Africa/Mogadishu', 'en').replace(/[\u2068\u2069]/g, '');
    expect(label).toBe('East Africa Time · GMT+03:00 · Africa/Mogadishu');
    expect(formatTimeZone('Africa/Mogadishu', 'ar')).toContain('Africa/Mogadishu');
    expect(formatTimeZone('Africa/Mogadishu', 'ar')).not.toContain('East');
  });

  it('knows the zone of a country with one', () => {
    expect(timeZonesOfCountry('SO')).toEqual(['Africa/Mogadishu']);
  });

  it('counts in Arabic with the form each number takes', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'ar', resources: { ar: { translation: ar } } });
    const done = (count: number) => t.t('participants.import.done', { count });
    expect(done(0)).toBe('انتهى الاستيراد: لم يُنشأ أي مشارك.');
    expect(done(1)).toBe('انتهى الاستيراد: أُنشئ مشارك واحد.');
    expect(done(2)).toBe('انتهى الاستيراد: أُنشئ مشاركان.');
    expect(done(4)).toBe('انتهى الاستيراد: أُنشئ 4 مشاركين.');
    expect(done(11)).toBe('انتهى الاستيراد: أُنشئ 11 مشاركًا.');
    expect(done(100)).toBe('انتهى الاستيراد: أُنشئ 100 مشارك.');
    expect(t.t('detail.hours', { count: 5, hours: '5' })).toBe('5 ساعات');
  });
});
