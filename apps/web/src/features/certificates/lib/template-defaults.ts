import {
  PAGE_SIZE_MM,
  type CertificateElement,
  type CertificateTemplateDesign,
} from '@multaqa/contract';
import { randomUuid } from '../../../lib/uuid';

export type ElementKind = CertificateElement['kind'];

/** The page's width and height in millimetres, as oriented. */
export function pageMm(design: Pick<CertificateTemplateDesign, 'pageSize' | 'orientation'>) {
  const [w, h] = PAGE_SIZE_MM[design.pageSize] ?? PAGE_SIZE_MM.A4;
  return design.orientation === 'landscape' ? { width: h, height: w } : { width: w, height: h };
}

const SIZES: Record<ElementKind, { width: number; height: number }> = {
  text: { width: 180, height: 14 },
  modules: { width: 180, height: 40 },
  image: { width: 30, height: 30 },
  signature: { width: 60, height: 30 },
  qr: { width: 28, height: 28 },
};

/** A new element of a kind, centred near the top of the page, below the ones before it. */
export function newElement(
  kind: ElementKind,
  page: { width: number; height: number },
  count: number,
): CertificateElement {
  const size = SIZES[kind];
  const width = Math.min(size.width, page.width - 20);
  const y = Math.min(20 + count * 12, Math.max(0, page.height - size.height - 10));
  return {
    id: randomUuid().slice(0, 8),
    kind,
    x: Math.round((page.width - width) / 2),
    y,
    width,
    height: size.height,
    align: 'center',
    fontSize: kind === 'modules' ? 10 : 14,
    bold: false,
    color: '#212529',
    ...(kind === 'text' ? { text: { ar: '', en: '', fr: '' } } : {}),
    ...(kind === 'image' || kind === 'signature' ? { assetId: null } : {}),
    ...(kind === 'signature'
      ? { signatoryName: { ar: '', en: '', fr: '' }, signatoryTitle: { ar: '', en: '', fr: '' } }
      : {}),
  };
}

function text(
  id: string,
  y: number,
  height: number,
  fontSize: number,
  content: { ar: string; en: string; fr: string },
  extra: Partial<CertificateElement> = {},
): CertificateElement {
  return {
    id,
    kind: 'text',
    x: 20,
    y,
    width: 257,
    height,
    align: 'center',
    fontSize,
    bold: false,
    color: '#212529',
    text: content,
    ...extra,
  };
}

/** What a new template starts from (landscape A4, Arabic and English): edit rather than build. */
export function starterDesign(name: string): CertificateTemplateDesign {
  return {
    name,
    pageSize: 'A4',
    orientation: 'landscape',
    languageMode: 'ar_en',
    mirrorForRtl: true,
    backgroundAssetId: null,
    elements: [
      text(
        'title',
        22,
        16,
        26,
        { ar: 'شهادة حضور', en: 'Certificate of attendance', fr: 'Certificat de participation' },
        { bold: true, color: '#0b7285' },
      ),
      text('intro', 50, 10, 13, {
        ar: 'يشهد المركز بأنّ',
        en: 'The centre certifies that',
        fr: 'Le centre certifie que',
      }),
      text('name', 64, 16, 22, { ar: '{{name}}', en: '{{name}}', fr: '{{name}}' }, { bold: true }),
      text('event', 86, 20, 13, {
        ar: 'قد حضر «{{event}}» ({{hours}} ساعة)',
        en: 'attended “{{event}}” ({{hours}} hours)',
        fr: 'a suivi « {{event}} » ({{hours}} heures)',
      }),
      text('dates', 110, 12, 11, { ar: '{{dates}}', en: '{{dates}}', fr: '{{dates}}' }),
      {
        id: 'signature',
        kind: 'signature',
        x: 30,
        y: 150,
        width: 70,
        height: 34,
        align: 'center',
        fontSize: 10,
        bold: false,
        color: '#212529',
        assetId: null,
        signatoryName: {
          ar: 'مدير المركز',
          en: 'Director of the centre',
          fr: 'Directeur du centre',
        },
        signatoryTitle: { ar: '', en: '', fr: '' },
      },
      {
        id: 'qr',
        kind: 'qr',
        x: 245,
        y: 160,
        width: 30,
        height: 30,
        align: 'center',
        fontSize: 8,
        bold: false,
        color: '#212529',
      },
      text(
        'serial',
        192,
        8,
        8,
        {
          ar: 'الرقم التسلسلي {{serial}} · {{issuedOn}}',
          en: 'Serial {{serial}} · {{issuedOn}}',
          fr: 'Numéro {{serial}} · {{issuedOn}}',
        },
        { x: 150, width: 90, align: 'end', color: '#495057' },
      ),
    ],
  };
}

/** Inserts `{{placeholder}}` into a text at the caret (or over the selection). */
export function insertAt(
  value: string,
  placeholder: string,
  start: number | null,
  end: number | null,
): { value: string; caret: number } {
  const token = `{{${placeholder}}}`;
  const from = start ?? value.length;
  const to = end ?? from;
  return { value: value.slice(0, from) + token + value.slice(to), caret: from + token.length };
}
