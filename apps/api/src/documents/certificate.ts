import {
  CERTIFICATE_PLACEHOLDERS,
  type CertificateClaims,
  type CertificateElement,
  type CertificateLanguageMode,
  type CertificatePlaceholder,
  type CertificateTemplateDesign,
  certificateLanguages,
  formatDateWithHijri,
  formatEventDates,
  formatHijriDateRange,
  formatSerial,
  PAGE_SIZE_MM,
} from '@multaqa/contract';
import { createDocument, type Doc, mm, toBuffer } from './pdf/document.js';
import { drawImage, prepareImage, type PreparedImage } from './pdf/image.js';
import { drawQr } from './pdf/qr.js';
import { drawLayout, layoutText, type TextLayout, type TextOptions } from './pdf/text.js';

/** Everything one certificate page needs; no database, no HTTP. */
export interface CertificateRenderInput {
  design: CertificateTemplateDesign;
  claims: CertificateClaims;
  /** What the QR code holds: the verification link with the detached token after `#`. */
  verificationUrl: string;
  /**
   * The full signed token (`MQC1.<payload>.<signature>`), kept in the PDF's info dictionary under
   * `MultaqaCertificate` so that the file alone can be checked offline with the public key.
   */
  token?: string;
  /** Uploaded images by asset id (background, logos, signatures): PNG or JPEG bytes. */
  assets: ReadonlyMap<string, Buffer>;
}

type PrintLanguage = 'ar' | 'en' | 'fr';
type ElementKind = CertificateElement['kind'];

// ---------------------------------------------------------------------------------------------
// Placeholders
// ---------------------------------------------------------------------------------------------

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const isPlaceholder = (name: string): name is CertificatePlaceholder =>
  (CERTIFICATE_PLACEHOLDERS as readonly string[]).includes(name);

/** The element's text in a language; other languages stand in when the designer left it empty. */
function templateText(element: CertificateElement, lang: PrintLanguage): string {
  const text = element.text ?? {};
  return text[lang] || text.en || text.ar || text.fr || '';
}

/**
 * Which placeholders and element kinds the design prints, in the languages of its mode: the
 * issuing code puts institution, venue and modules into the claims only when they are printed.
 */
export function placeholdersUsed(
  design: Pick<CertificateTemplateDesign, 'elements' | 'languageMode'>,
): ReadonlySet<CertificatePlaceholder | ElementKind> {
  const used = new Set<CertificatePlaceholder | ElementKind>();
  for (const element of design.elements) {
    used.add(element.kind);
    if (element.kind !== 'text') continue;
    for (const lang of certificateLanguages(design.languageMode)) {
      for (const [, name] of templateText(element, lang).matchAll(PLACEHOLDER)) {
        if (isPlaceholder(name)) used.add(name);
      }
    }
  }
  return used;
}

/** A localized claim in the language, or in another one when it is missing. */
function pick(record: Partial<Record<PrintLanguage, string>> | null | undefined, lang: string) {
  if (!record) return '';
  const r = record as Record<string, string | undefined>;
  return r[lang] || r.en || r.ar || r.fr || '';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(n: number, lang: PrintLanguage): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/**
 * Formatting a date range through Intl costs more than drawing its line; a batch prints the
 * same event dates on every certificate, so each text is formatted once.
 */
const formattedDates = new Map<string, string>();
function memoDate(key: string, format: () => string): string {
  let text = formattedDates.get(key);
  if (text === undefined) {
    if (formattedDates.size > 1000) formattedDates.clear();
    text = format();
    formattedDates.set(key, text);
  }
  return text;
}

/** The placeholders' values in one language (dates formatted only when asked for). */
function placeholderValue(
  claims: CertificateClaims,
  lang: PrintLanguage,
  name: CertificatePlaceholder,
): string {
  switch (name) {
    case 'name':
      return lang === 'ar'
        ? claims.fullNameAr || claims.fullNameLatin
        : claims.fullNameLatin || claims.fullNameAr;
    case 'nameAr':
      return claims.fullNameAr;
    case 'nameLatin':
      return claims.fullNameLatin;
    case 'event':
      return pick(claims.eventTitle, lang);
    case 'package':
      return pick(claims.packageTitle, lang);
    case 'dates':
      return memoDate(`d|${lang}|${claims.startDate}|${claims.endDate}`, () =>
        formatEventDates(claims.startDate, claims.endDate, lang),
      );
    case 'datesHijri':
      return memoDate(`h|${claims.startDate}|${claims.endDate}`, () =>
        formatHijriDateRange(claims.startDate, claims.endDate),
      );
    case 'hours':
      return claims.hours === null ? '' : formatNumber(claims.hours, lang);
    case 'venue':
      return pick(claims.venue, lang);
    case 'institution':
      return pick(claims.institution, lang);
    case 'serial':
      return claims.serial;
    case 'issuedOn':
      return memoDate(`i|${lang}|${claims.issuedOn}`, () =>
        formatDateWithHijri(claims.issuedOn, lang),
      );
  }
}

/**
 * The text with its placeholders filled. A line whose placeholders are all empty (no hours on
 * a conference's certificate, no venue in the claims) is left out rather than printed half.
 */
export function fillPlaceholders(
  template: string,
  claims: CertificateClaims,
  lang: PrintLanguage,
): string {
  const lines: string[] = [];
  for (const line of template.split(/\r?\n/)) {
    let placeholders = 0;
    let filled = 0;
    const text = line.replace(PLACEHOLDER, (whole, name: string) => {
      if (!isPlaceholder(name)) return whole;
      placeholders += 1;
      const value = placeholderValue(claims, lang, name);
      if (value) filled += 1;
      return value;
    });
    if (placeholders > 0 && filled === 0) continue;
    lines.push(text);
  }
  return lines.join('\n').trim();
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** `start` is the reading side: left in English and French, right in Arabic. */
function physicalAlign(align: CertificateElement['align'], lang: PrintLanguage) {
  if (align === 'center') return 'center' as const;
  const rtl = lang === 'ar';
  return (align === 'start') === rtl ? ('right' as const) : ('left' as const);
}

function textOptions(
  element: CertificateElement,
  lang: PrintLanguage,
  overrides: Partial<TextOptions> = {},
): TextOptions {
  const size = element.fontSize ?? 14;
  return {
    size,
    minSize: Math.max(5, size * 0.4),
    font: element.bold ? 'bold' : 'regular',
    color: element.color ?? '#212529',
    direction: lang === 'ar' ? 'rtl' : 'ltr',
    align: physicalAlign(element.align ?? 'center', lang),
    valign: 'middle',
    lineHeight: 1.3,
    ...overrides,
  };
}

/** Lays a text out to fit its box: smaller down to the minimum size, then squeezed. */
function fit(text: string, box: Rect, o: TextOptions): TextLayout {
  const lineHeight = o.lineHeight ?? 1.3;
  const maxLines = Math.max(1, Math.floor(box.h / ((o.minSize ?? o.size) * lineHeight)));
  return layoutText(text, { width: box.w, height: box.h }, { ...o, maxLines });
}

function drawTextIn(doc: Doc, text: string, box: Rect, o: TextOptions): void {
  if (!text) return;
  drawLayout(doc, fit(text, box, o), { x: box.x, y: box.y, width: box.w, height: box.h }, o);
}

/** Two halves of a box: English on the left, Arabic on the right, a small gutter between. */
function halves(box: Rect): { en: Rect; ar: Rect } {
  const gutter = Math.min(mm(4), box.w * 0.04);
  const w = (box.w - gutter) / 2;
  return { en: { ...box, w }, ar: { ...box, x: box.x + w + gutter, w } };
}

/** Where each language's text of an element goes. */
function languageBoxes(
  mode: CertificateLanguageMode,
  box: Rect,
): { lang: PrintLanguage; box: Rect }[] {
  if (mode !== 'ar_en') return [{ lang: mode, box }];
  const { en, ar } = halves(box);
  return [
    { lang: 'en', box: en },
    { lang: 'ar', box: ar },
  ];
}

function drawTextElement(doc: Doc, element: CertificateElement, box: Rect, r: Renderer): void {
  const texts = certificateLanguages(r.mode).map((lang) => ({
    lang,
    text: fillPlaceholders(templateText(element, lang), r.claims, lang),
  }));
  // The same text in both languages (a serial, a number) is printed once, across the box.
  if (r.mode === 'ar_en' && texts[0].text === texts[1].text) {
    drawTextIn(doc, texts[0].text, box, textOptions(element, 'en', { direction: 'auto' }));
    return;
  }
  for (const { lang, box: half } of languageBoxes(r.mode, box)) {
    const text = texts.find((t) => t.lang === lang)!.text;
    drawTextIn(doc, text, half, textOptions(element, lang));
  }
}

const SIGNATURE_GAP = 2;

function drawSignature(doc: Doc, element: CertificateElement, box: Rect, r: Renderer): void {
  const size = element.fontSize ?? 11;
  const columns = languageBoxes(r.mode, box).map(({ lang, box: column }) => {
    const name = pick(element.signatoryName, lang);
    const title = pick(element.signatoryTitle, lang);
    const base = textOptions(element, lang, { valign: 'top', align: 'center' });
    const nameO: TextOptions = { ...base, font: 'bold', maxLines: 1, minSize: size * 0.6 };
    const titleO: TextOptions = {
      ...base,
      font: 'regular',
      size: size * 0.85,
      minSize: size * 0.5,
      maxLines: 2,
      lineHeight: 1.2,
    };
    const nameL = name ? layoutText(name, { width: column.w }, nameO) : null;
    const titleL = title ? layoutText(title, { width: column.w }, titleO) : null;
    return { column, nameL, nameO, titleL, titleO };
  });
  const textH = Math.max(
    0,
    ...columns.map((c) => (c.nameL?.height ?? 0) + (c.titleL?.height ?? 0)),
  );
  const lineY = box.y + Math.max(box.h * 0.35, box.h - textH - SIGNATURE_GAP);
  const image = element.assetId ? r.images.get(element.assetId) : undefined;
  if (image && lineY - box.y > 4) {
    drawImage(doc, image, {
      x: box.x,
      y: box.y,
      width: box.w,
      height: lineY - box.y - 1,
      mode: 'fit',
      align: 'center',
      valign: 'bottom',
    });
  }
  const inset = box.w * 0.08;
  doc
    .save()
    .lineWidth(0.6)
    .strokeColor(element.color ?? '#212529')
    .moveTo(box.x + inset, lineY)
    .lineTo(box.x + box.w - inset, lineY)
    .stroke()
    .restore();
  for (const { column, nameL, nameO, titleL, titleO } of columns) {
    let y = lineY + SIGNATURE_GAP;
    if (nameL) y += drawLayout(doc, nameL, { x: column.x, y, width: column.w }, nameO);
    if (titleL) drawLayout(doc, titleL, { x: column.x, y, width: column.w }, titleO);
  }
}

const MODULE_LABELS: Record<PrintLanguage, { module: string; hours: string }> = {
  ar: { module: 'الوحدات التدريبية', hours: 'الساعات' },
  en: { module: 'Modules', hours: 'Hours' },
  fr: { module: 'Modules', hours: 'Heures' },
};

interface Cell {
  text: string;
  lang: PrintLanguage;
  align: 'left' | 'right' | 'center';
  x: number;
  w: number;
}

/**
 * The package's modules with their hours as a small table: title and hours in one language
 * (the hours on the side the title ends), or English title, hours, Arabic title side by side.
 */
function drawModules(doc: Doc, element: CertificateElement, box: Rect, r: Renderer): void {
  const modules = r.claims.modules;
  if (!modules?.length) return;
  const hoursW = Math.min(box.w * 0.2, Math.max(box.w * 0.12, mm(14)));
  const pad = mm(1.5);
  let columns: (index: number | 'header') => Cell[];
  if (r.mode === 'ar_en') {
    const side = (box.w - hoursW) / 2;
    columns = (i) => [
      {
        lang: 'en',
        align: 'left',
        x: box.x,
        w: side - pad,
        text: i === 'header' ? MODULE_LABELS.en.module : pick(modules[i].title, 'en'),
      },
      {
        lang: 'en',
        align: 'center',
        x: box.x + side,
        w: hoursW,
        text:
          i === 'header'
            ? `${MODULE_LABELS.en.hours}\n${MODULE_LABELS.ar.hours}`
            : formatNumber(modules[i].hours, 'en'),
      },
      {
        lang: 'ar',
        align: 'right',
        x: box.x + side + hoursW + pad,
        w: side - pad,
        text: i === 'header' ? MODULE_LABELS.ar.module : pick(modules[i].title, 'ar'),
      },
    ];
  } else {
    const lang = r.mode;
    const rtl = lang === 'ar';
    const titleW = box.w - hoursW - pad;
    columns = (i) => [
      {
        lang,
        align: rtl ? 'right' : 'left',
        x: rtl ? box.x + hoursW + pad : box.x,
        w: titleW,
        text: i === 'header' ? MODULE_LABELS[lang].module : pick(modules[i].title, lang),
      },
      {
        lang,
        align: 'center',
        x: rtl ? box.x : box.x + titleW + pad,
        w: hoursW,
        text: i === 'header' ? MODULE_LABELS[lang].hours : formatNumber(modules[i].hours, lang),
      },
    ];
  }
  const rows: (number | 'header')[] = ['header', ...modules.map((_, i) => i)];
  const rowGap = mm(1);
  const layoutRows = (size: number) =>
    rows.map((row) => {
      const cells = columns(row).map((cell) => {
        const o = textOptions(element, cell.lang, {
          size,
          minSize: undefined,
          font: row === 'header' || element.bold ? 'bold' : 'regular',
          align: cell.align,
          valign: 'middle',
          lineHeight: 1.2,
          maxLines: 2,
        });
        return { cell, o, layout: layoutText(cell.text, { width: cell.w }, o) };
      });
      return { row, cells, height: Math.max(...cells.map((c) => c.layout.height)) + rowGap };
    });
  // The largest size, down to 5 pt, at which every row fits the box without squeezing.
  let size = element.fontSize ?? 10;
  let laid = layoutRows(size);
  const fits = () =>
    laid.reduce((sum, row) => sum + row.height, 0) <= box.h &&
    laid.every((row) => row.cells.every((c) => c.layout.lines.every((l) => l.squeeze === 1)));
  while (!fits() && size > 5) {
    size = Math.max(5, size - 0.5);
    laid = layoutRows(size);
  }
  let y = box.y;
  for (const { row, cells, height } of laid) {
    if (y + height > box.y + box.h + 0.5) break;
    for (const { cell, o, layout } of cells) {
      drawLayout(doc, layout, { x: cell.x, y, width: cell.w, height }, o);
    }
    y += height;
    const last = row !== 'header' && row === modules.length - 1;
    if (!last) {
      doc
        .save()
        .lineWidth(row === 'header' ? 0.6 : 0.3)
        .strokeColor(row === 'header' ? (element.color ?? '#212529') : '#ced4da')
        .moveTo(box.x, y)
        .lineTo(box.x + box.w, y)
        .stroke()
        .restore();
    }
  }
}

/**
 * The verification link as a QR code, error correction Q (25 % of the symbol may be damaged: a
 * printed certificate gets folded and stained). The link carries the detached token (about 150
 * characters), a QR of 41 modules a side at most, readable from print at 150 dpi. The mask is
 * fixed (choosing the best of eight took a third of a certificate's time), and the modules are an
 * image mask, one bit each (as rectangles, they were 140 kB of page content).
 */
function drawCertificateQr(doc: Doc, url: string, box: Rect): void {
  drawQr(doc, url, box.x, box.y, box.w, {
    errorCorrectionLevel: 'Q',
    maskPattern: 2,
    drawAs: 'image',
  });
}

interface Renderer {
  mode: CertificateLanguageMode;
  claims: CertificateClaims;
  images: Map<string, PreparedImage>;
}

/** Page size in millimetres, as oriented. */
export function pageSizeMm(design: Pick<CertificateTemplateDesign, 'pageSize' | 'orientation'>) {
  const [w, h] = PAGE_SIZE_MM[design.pageSize ?? 'A4'];
  return design.orientation === 'portrait' ? { width: w, height: h } : { width: h, height: w };
}

/**
 * The certificate as a one-page PDF, drawn from the design and the claims alone: the PDF, the
 * verification page and the signature always agree. Positions are millimetres from the top-left
 * corner of a left-to-right page; an Arabic certificate with `mirrorForRtl` draws each element
 * at the mirrored place (the reading side is then on the right, as `start` alignment is).
 * Missing or unreadable images are left out: a certificate never fails for a logo.
 */
export async function renderCertificate(input: CertificateRenderInput): Promise<Buffer> {
  const { design, claims } = input;
  const mode = design.languageMode ?? claims.languageMode;
  const page = pageSizeMm(design);
  const images = new Map<string, PreparedImage>();
  const wanted = [
    design.backgroundAssetId,
    ...design.elements.map((e) =>
      e.kind === 'image' || e.kind === 'signature' ? e.assetId : null,
    ),
  ];
  for (const id of wanted) {
    const bytes = id ? input.assets.get(id) : undefined;
    if (!id || !bytes || images.has(id)) continue;
    const image = await prepareImage(bytes, id);
    if (image) images.set(id, image);
  }
  const doc = createDocument({ title: claims.serial, language: mode === 'ar_en' ? 'ar' : mode });
  if (input.token) (doc.info as Record<string, unknown>).MultaqaCertificate = input.token;
  doc.addPage({ size: [mm(page.width), mm(page.height)], margin: 0 });
  const background = design.backgroundAssetId ? images.get(design.backgroundAssetId) : undefined;
  if (background) {
    drawImage(doc, background, {
      x: 0,
      y: 0,
      width: mm(page.width),
      height: mm(page.height),
      mode: 'fill',
    });
  }
  const mirror = mode === 'ar' && design.mirrorForRtl !== false;
  const r: Renderer = { mode, claims, images };
  for (const element of design.elements) {
    const x = mirror ? page.width - element.x - element.width : element.x;
    const box: Rect = {
      x: mm(x),
      y: mm(element.y),
      w: mm(element.width),
      h: mm(element.height),
    };
    switch (element.kind) {
      case 'text':
        drawTextElement(doc, element, box, r);
        break;
      case 'image': {
        const image = element.assetId ? images.get(element.assetId) : undefined;
        if (image) {
          const { x, y, w: width, h: height } = box;
          drawImage(doc, image, {
            x,
            y,
            width,
            height,
            mode: 'fit',
            align: 'center',
            valign: 'center',
          });
        }
        break;
      }
      case 'signature':
        drawSignature(doc, element, box, r);
        break;
      case 'qr': {
        const side = Math.min(box.w, box.h);
        drawCertificateQr(doc, input.verificationUrl, {
          x: box.x + (box.w - side) / 2,
          y: box.y + (box.h - side) / 2,
          w: side,
          h: side,
        });
        break;
      }
      case 'modules':
        drawModules(doc, element, box, r);
        break;
    }
  }
  return toBuffer(doc);
}

// ---------------------------------------------------------------------------------------------
// Sample data and the default design
// ---------------------------------------------------------------------------------------------

const SAMPLE = {
  eventTitle: {
    ar: 'تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي — مقديشو، الدفعة الأولى',
    en: 'Analysing extremist content on social media — Mogadishu, first cohort',
    fr: 'Analyser les contenus extrémistes sur les réseaux sociaux — Mogadiscio, première promotion',
  },
  packageTitle: {
    ar: 'تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي',
    en: 'Analysing extremist content on social media',
    fr: 'Analyser les contenus extrémistes sur les réseaux sociaux',
  },
  institution: {
    ar: 'وزارة الأمن الداخلي — الصومال',
    en: 'Ministry of Internal Security — Somalia',
    fr: 'Ministère de la Sécurité intérieure — Somalie',
  },
  venue: {
    ar: 'مركز التدريب، مقديشو',
    en: 'Training Centre, Mogadishu',
    fr: 'Centre de formation, Mogadiscio',
  },
  modules: [
    {
      title: {
        ar: 'أسس: الخطاب المتطرف وخطاب الكراهية على الإنترنت',
        en: 'Foundations: extremist narratives and hate speech online',
        fr: 'Fondements : récits extrémistes et discours de haine en ligne',
      },
      hours: 4,
    },
    {
      title: {
        ar: 'المنصات والخوارزميات وانتشار المحتوى',
        en: 'Platforms, algorithms and the spread of content',
        fr: 'Plateformes, algorithmes et diffusion des contenus',
      },
      hours: 6,
    },
    {
      title: {
        ar: 'أساليب جمع المحتوى وتحليله',
        en: 'Methods for collecting and analysing content',
        fr: 'Méthodes de collecte et d’analyse des contenus',
      },
      hours: 8,
    },
    {
      title: {
        ar: 'رصد أساليب التجنيد والدعاية',
        en: 'Identifying recruitment and propaganda techniques',
        fr: 'Repérer les techniques de recrutement et de propagande',
      },
      hours: 6,
    },
    {
      title: {
        ar: 'من التحليل إلى الرسائل المضادة',
        en: 'From analysis to counter-messaging',
        fr: 'De l’analyse au contre-discours',
      },
      hours: 6,
    },
  ],
};

type Localized = Record<PrintLanguage, string>;
const only = (record: Localized, langs: PrintLanguage[]) =>
  Object.fromEntries(langs.map((l) => [l, record[l]])) as Partial<Localized>;

/**
 * Claims for a preview without an event: a Somali official trained in Mogadishu, 12–16 January
 * 2020, in the demo story's package (five modules, 30 hours). Texts in the mode's languages only,
 * as issued claims are.
 */
export function sampleClaims(languageMode: CertificateLanguageMode): CertificateClaims {
  const langs = certificateLanguages(languageMode);
  return {
    v: 1,
    serial: formatSerial(2020, 42),
    issuedOn: '2020-01-16',
    languageMode,
    fullNameAr: 'محمد عبدالله نور',
    fullNameLatin: 'Mohamed Abdullahi Nur',
    eventTitle: only(SAMPLE.eventTitle, langs),
    packageTitle: only(SAMPLE.packageTitle, langs),
    startDate: '2020-01-12',
    endDate: '2020-01-16',
    hours: 30,
    institution: only(SAMPLE.institution, langs),
    venue: only(SAMPLE.venue, langs),
    modules: SAMPLE.modules.map((m) => ({ title: only(m.title, langs), hours: m.hours })),
    issuer: 'Multaqa Training Centre',
    kid: 'sample',
  };
}

const INK = '#1f2d3d';
const ACCENT = '#1c4e80';
const MUTED = '#495057';

type DesignElement = Omit<CertificateElement, 'align' | 'fontSize' | 'bold' | 'color'> &
  Partial<Pick<CertificateElement, 'align' | 'fontSize' | 'bold' | 'color'>>;

const element = (e: DesignElement): CertificateElement => ({
  align: 'center',
  fontSize: 14,
  bold: false,
  color: INK,
  ...e,
});

/**
 * The design a new installation starts with (A4 landscape, Arabic and English side by side):
 * the title, the name large, the event, its place and dates, the hours, the modules, a signature
 * block, and the QR with the serial in the bottom corner. The French text is there too, for a
 * template switched to French.
 */
export function defaultCertificateDesign(): CertificateTemplateDesign {
  return {
    name: 'Certificate of attendance',
    pageSize: 'A4',
    orientation: 'landscape',
    languageMode: 'ar_en',
    mirrorForRtl: true,
    backgroundAssetId: null,
    elements: [
      element({
        id: 'title',
        kind: 'text',
        x: 20,
        y: 14,
        width: 257,
        height: 16,
        fontSize: 26,
        bold: true,
        color: ACCENT,
        text: {
          en: 'Certificate of attendance',
          ar: 'شهادة حضور',
          fr: 'Certificat de participation',
        },
      }),
      element({
        id: 'awarded',
        kind: 'text',
        x: 20,
        y: 33,
        width: 257,
        height: 8,
        fontSize: 12,
        color: MUTED,
        text: {
          en: 'This certificate is awarded to',
          ar: 'تُمنح هذه الشهادة إلى',
          fr: 'Ce certificat est décerné à',
        },
      }),
      element({
        id: 'name',
        kind: 'text',
        x: 20,
        y: 42,
        width: 257,
        height: 15,
        fontSize: 24,
        bold: true,
        text: { en: '{{name}}', ar: '{{name}}', fr: '{{name}}' },
      }),
      element({
        id: 'institution',
        kind: 'text',
        x: 20,
        y: 57,
        width: 257,
        height: 7,
        fontSize: 11,
        color: MUTED,
        text: { en: '{{institution}}', ar: '{{institution}}', fr: '{{institution}}' },
      }),
      element({
        id: 'attended',
        kind: 'text',
        x: 20,
        y: 67,
        width: 257,
        height: 8,
        fontSize: 12,
        color: MUTED,
        text: {
          en: 'for attending the training programme',
          ar: 'لحضور البرنامج التدريبي',
          fr: 'pour sa participation au programme de formation',
        },
      }),
      element({
        id: 'event',
        kind: 'text',
        x: 20,
        y: 75,
        width: 257,
        height: 16,
        fontSize: 15,
        bold: true,
        color: ACCENT,
        text: { en: '{{event}}', ar: '{{event}}', fr: '{{event}}' },
      }),
      element({
        id: 'when',
        kind: 'text',
        x: 20,
        y: 92,
        width: 257,
        height: 12,
        fontSize: 11,
        text: {
          en: '{{venue}}, {{dates}}\n{{hours}} hours of training',
          ar: '{{venue}}، {{dates}}\nعدد الساعات التدريبية: {{hours}}',
          fr: '{{venue}}, {{dates}}\n{{hours}} heures de formation',
        },
      }),
      element({
        id: 'modules',
        kind: 'modules',
        x: 50,
        y: 108,
        width: 184,
        height: 44,
        fontSize: 9,
        color: ACCENT,
      }),
      element({
        id: 'signature',
        kind: 'signature',
        x: 20,
        y: 156,
        width: 90,
        height: 38,
        fontSize: 10,
        assetId: null,
        signatoryName: { en: 'Dr Amina Yusuf', ar: 'د. أمينة يوسف', fr: 'Dr Amina Yusuf' },
        signatoryTitle: {
          en: 'Director, Multaqa Training Centre',
          ar: 'مديرة مركز ملتقى للتدريب',
          fr: 'Directrice du centre de formation Multaqa',
        },
      }),
      element({
        id: 'issued',
        kind: 'text',
        x: 112,
        y: 178,
        width: 124,
        height: 14,
        fontSize: 9,
        color: MUTED,
        text: {
          en: 'Issued on {{issuedOn}}',
          ar: 'صدرت في {{issuedOn}}',
          fr: 'Délivré le {{issuedOn}}',
        },
      }),
      element({
        id: 'qr',
        kind: 'qr',
        x: 240,
        y: 145,
        width: 45,
        height: 45,
      }),
      element({
        id: 'serial',
        kind: 'text',
        x: 232.5,
        y: 190,
        width: 60,
        height: 6,
        fontSize: 8,
        color: MUTED,
        text: { en: '{{serial}}', ar: '{{serial}}', fr: '{{serial}}' },
      }),
    ],
  };
}
