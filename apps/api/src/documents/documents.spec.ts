import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { normalise, PdfFile } from '../../test/support/pdf-tools.js';
import type { BadgeCard, TableDocument } from './document-types.js';
import {
  createDocument,
  drawText,
  layoutText,
  renderBadgeSheet,
  renderTablePdf,
  toBuffer,
} from './index.js';

const files: PdfFile[] = [];
afterAll(() => files.forEach((f) => f.remove()));
const open = (bytes: Buffer) => {
  const file = new PdfFile(bytes);
  files.push(file);
  return file;
};

/** A token as long as a real one (MQB1.<payload>.<64-byte signature>), different each time. */
function token(): string {
  const payload = {
    b: randomUUID(),
    e: randomUUID(),
    r: randomUUID(),
    t: 1767225600,
    k: 'key-2026-01',
  };
  const b64 = (b: Buffer) => b.toString('base64url');
  return `MQB1.${b64(Buffer.from(JSON.stringify(payload)))}.${b64(randomBytes(64))}`;
}

const PEOPLE: Omit<BadgeCard, 'token' | 'eventTitle' | 'eventDates'>[] = [
  {
    fullNameAr: 'محمد عبد الله الصومالي',
    fullNameLatin: 'Mohamed Abdullahi',
    institution: 'وزارة الدفاع MoD 2019',
    country: 'الصومال',
    role: 'مشارك',
  },
  {
    fullNameAr: 'فاطمة الزهراء الهاشمي',
    fullNameLatin: 'Fatima Hashimi',
    institution: 'جامعة نواكشوط',
    country: 'موريتانيا',
    role: 'مدربة',
    roleKind: 'trainer',
  },
  {
    fullNameAr: 'عبد الرحمن بن أحمد بن عبد العزيز آل سعود القحطاني الدوسري',
    fullNameLatin: 'Abdulrahman Al-Qahtani',
    institution: 'Ministry of Interior (MoI)',
    country: 'السعودية',
    role: 'متحدث',
    roleKind: 'speaker',
  },
  {
    fullNameAr: 'علي حسن',
    fullNameLatin: 'Ali Hassan Jr.',
    institution: 'جامعة مقديشو',
    country: 'الصومال',
    role: 'مشارك',
  },
];

function cards(n: number): BadgeCard[] {
  return Array.from({ length: n }, (_, i) => ({
    ...PEOPLE[i % PEOPLE.length],
    token: token(),
    eventTitle: 'الدورة التدريبية في إدارة الأزمات',
    eventDates: '12–16 يناير 2026',
  }));
}

describe('badge sheets', () => {
  it('A4: Arabic and Latin names come out in reading order, fonts embedded, every QR decodes to its token', async () => {
    const sheet = cards(8);
    const pdf = open(await renderBadgeSheet({ layout: 'a4', language: 'ar', cards: sheet }));
    expect(pdf.pages()).toBe(1);
    const text = normalise(pdf.text());
    for (const card of sheet) {
      expect(text).toContain(card.fullNameAr);
      expect(text).toContain(card.fullNameLatin);
    }
    expect(text).toContain('وزارة الدفاع MoD 2019');
    expect(text).toContain('الدورة التدريبية في إدارة الأزمات');
    const fonts = pdf.fonts();
    expect(fonts).toMatch(/NotoNaskhArabic-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(fonts).toMatch(/NotoSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(pdf.qrCodes(1).sort()).toEqual(sheet.map((c) => c.token).sort());
  });

  it('A4 fills a second sheet after eight badges; an Arabic sheet starts its grid on the right', async () => {
    const sheet = cards(9);
    const ar = open(await renderBadgeSheet({ layout: 'a4', language: 'ar', cards: sheet }));
    expect(ar.pages()).toBe(2);
    expect(ar.qrCodes(2)).toEqual([sheet[8].token]);
    const x = (file: PdfFile, word: string) => file.words(2).find((w) => w.word === word)!.xMin;
    const en = open(await renderBadgeSheet({ layout: 'a4', language: 'en', cards: sheet }));
    // The ninth badge (Mohamed) sits alone: on the right half in Arabic, on the left in English.
    expect(x(ar, 'Mohamed')).toBeGreaterThan(300);
    expect(x(en, 'Mohamed')).toBeLessThan(300);
  });

  it('prints each QR at least 25 mm wide, large enough for a phone to read', async () => {
    const en = open(await renderBadgeSheet({ layout: 'a4', language: 'en', cards: cards(1) }));
    // The first card: 90 × 62 mm at (15, 24.5) on the page; its QR sits in the last 38 mm
    // of the card's width (the names end before), between the event lines and the role band.
    const qr = en.darkExtentMm(1, { x: 15 + 52, y: 24.5 + 12, w: 38, h: 62 - 12 - 9 });
    expect(qr.w).toBeGreaterThanOrEqual(25);
    expect(qr.h).toBeGreaterThanOrEqual(25);
    expect(Math.abs(qr.w - qr.h)).toBeLessThan(1);
  });

  it.each(['a6', 'label'] as const)('%s: one badge per page, each QR readable', async (layout) => {
    const sheet = cards(2);
    const pdf = open(await renderBadgeSheet({ layout, language: 'en', cards: sheet }));
    expect(pdf.pages()).toBe(2);
    expect(pdf.qrCodes(1)).toEqual([sheet[0].token]);
    expect(pdf.qrCodes(2)).toEqual([sheet[1].token]);
    expect(normalise(pdf.text(2))).toContain('فاطمة الزهراء الهاشمي');
  });
});

describe('table documents', () => {
  const table: TableDocument = {
    language: 'ar',
    title: 'كشف الحضور',
    subtitle: ['الدورة التدريبية في إدارة الأزمات', 'الجلسة الأولى'],
    columns: [
      { header: 'رقم', width: 0.6 },
      { header: 'الاسم', width: 3 },
      { header: 'Name', width: 3 },
      { header: 'الجهة', width: 3 },
    ],
    rows: Array.from({ length: 50 }, (_, i) => [
      String(i + 1),
      PEOPLE[i % 4].fullNameAr,
      PEOPLE[i % 4].fullNameLatin,
      PEOPLE[i % 4].institution,
    ]),
    footer: ['المجموع 50 مشاركا'],
    signatureColumn: true,
    orientation: 'portrait',
  };

  it('a sign-in sheet over three pages repeats its header, numbers its pages and mirrors its columns', async () => {
    const pdf = open(await renderTablePdf(table));
    expect(pdf.pages()).toBe(3);
    for (const page of [1, 2, 3]) {
      const text = normalise(pdf.text(page));
      for (const header of ['رقم', 'الاسم', 'Name', 'الجهة', 'التوقيع'])
        expect(text).toContain(header);
      const words = pdf.words(page);
      const at = (w: string) => words.find((x) => x.word === w)!.xMin;
      // The first column is on the right, the signature column on the left.
      expect(at('رقم')).toBeGreaterThan(at('Name'));
      expect(at('Name')).toBeGreaterThan(at('التوقيع'));
    }
    expect(normalise(pdf.text(1))).toContain('كشف الحضور');
    expect(normalise(pdf.text(1))).toContain('محمد عبد الله الصومالي');
    // English in an Arabic table keeps its own direction: the full stop stays at the end.
    expect(normalise(pdf.text(1))).toContain('Ali Hassan Jr.');
    // pdftotext drops the space after a number inside an Arabic line ("50مشاركا"), though the
    // glyphs are spaced: compare that line without spaces.
    expect(pdf.text(3).replace(/[\s\u202a-\u202e]/g, '')).toContain('المجموع50مشاركا');
    // "Page 2 of 3" in Arabic, with the digits Intl gives Arabic.
    const digit = (n: number) => new Intl.NumberFormat('ar').format(n);
    const pageTwo = pdf.words(2).map((w) => w.word);
    expect(pageTwo).toEqual(expect.arrayContaining(['صفحة', digit(2), 'من', digit(3)]));
  });

  it('a landscape matrix in English keeps its columns left to right', async () => {
    const pdf = open(
      await renderTablePdf({
        ...table,
        language: 'en',
        title: 'Attendance matrix',
        columns: [
          { header: 'Participant', width: 3 },
          { header: 'Opening', width: 1 },
          { header: 'Closing', width: 1 },
        ],
        rows: [['Ali Hassan', 'present', 'late']],
        footer: [],
        signatureColumn: false,
        orientation: 'landscape',
      }),
    );
    const words = pdf.words(1);
    const at = (w: string) => words.find((x) => x.word === w)!.xMin;
    expect(at('Participant')).toBeLessThan(at('Opening'));
    expect(normalise(pdf.text(1))).toContain('Page 1 of 1');
  });
});

describe('text engine', () => {
  async function page(draw: (doc: ReturnType<typeof createDocument>) => void): Promise<PdfFile> {
    const doc = createDocument({ title: 't', language: 'ar' });
    doc.addPage({ size: 'A4', margin: 0 });
    draw(doc);
    return open(await toBuffer(doc));
  }

  it('orders a mixed line by the bidi algorithm and keeps harakat with their letters', async () => {
    const pdf = await page((doc) => {
      drawText(doc, 'وزارة الدفاع MoD 2019', { x: 50, y: 50, width: 400 }, { size: 14 });
      drawText(doc, 'مُحَمَّدٌ رَسُولُ الله', { x: 50, y: 100, width: 400 }, { size: 14 });
    });
    const lines = pdf.text().split('\n').map(normalise).filter(Boolean);
    expect(lines).toEqual(['وزارة الدفاع MoD 2019', 'مُحَمَّدٌ رَسُولُ الله']);
  });

  it('wraps a long paragraph on spaces, in reading order', async () => {
    const words = 'يهدف هذا البرنامج إلى تعزيز قدرات المشاركين في التخطيط والاستجابة للأزمات'.split(
      ' ',
    );
    const layout = layoutText(words.join(' '), { width: 150 }, { size: 12 });
    expect(layout.lines.length).toBeGreaterThan(2);
    const pdf = await page((doc) =>
      drawText(doc, words.join(' '), { x: 50, y: 50, width: 150 }, { size: 12 }),
    );
    expect(normalise(pdf.text())).toBe(words.join(' '));
  });

  it('shrinks a long name to fit its lines before wrapping it further', () => {
    const name = PEOPLE[2].fullNameAr;
    const fitted = layoutText(
      name,
      { width: 120 },
      { size: 16, minSize: 8, maxLines: 2, font: 'bold' },
    );
    expect(fitted.size).toBeLessThan(16);
    expect(fitted.lines.length).toBeLessThanOrEqual(2);
    expect(fitted.lines.every((l) => l.squeeze === 1)).toBe(true);
  });
});
