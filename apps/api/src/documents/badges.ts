import type { BadgeCard, BadgeRoleKind, BadgeSheetRequest } from './document-types.js';
import { createDocument, type Doc, mm, toBuffer, yieldToEventLoop } from './pdf/document.js';
import { drawQr } from './pdf/qr.js';
import { drawText, layoutText, drawLayout, type TextOptions } from './pdf/text.js';

const ROLE_COLOURS: Record<BadgeRoleKind, string> = {
  participant: '#1864ab',
  trainer: '#2b8a3e',
  speaker: '#d9480f',
  coordinator: '#862e9c',
  door_staff: '#495057',
};
const INK = '#212529';
const MUTED = '#495057';

/** A4 sheet: 2 × 4 cards of 90 × 62 mm, centred, cut marks in the margins. */
const SHEET = { cols: 2, rows: 4, cardW: mm(90), cardH: mm(62) };
/** A badge-printer label, 4 × 3 in (102 × 76 mm), landscape. */
const LABEL = { width: mm(102), height: mm(76) };

/**
 * Texts are aligned to the page's reading side, but each finds its own direction: an English
 * institution on an Arabic badge keeps "(MoI)" at its end.
 */
const sideOf = (rtl: boolean) => ({ align: rtl ? 'right' : 'left', direction: 'auto' }) as const;

interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Texts stacked from the top of a column; each may shrink to its minimum size, then wraps. */
function stack(
  doc: Doc,
  frame: Frame,
  items: { text: string; o: TextOptions; gap: number }[],
): void {
  let y = frame.y;
  for (const { text, o, gap } of items) {
    if (!text.trim()) continue;
    const layout = layoutText(text, { width: frame.w }, o);
    if (y + layout.height > frame.y + frame.h) break;
    y += drawLayout(doc, layout, { x: frame.x, y, width: frame.w }, o) + gap;
  }
}

function header(doc: Doc, card: BadgeCard, f: Frame, k: number, rtl: boolean): number {
  const { align, direction } = sideOf(rtl);
  const title = drawText(
    doc,
    card.eventTitle,
    { x: f.x, y: f.y, width: f.w },
    {
      size: 8.5 * k,
      minSize: 6.5 * k,
      maxLines: 1,
      font: 'bold',
      color: INK,
      align,
      direction,
      lineHeight: 1.2,
    },
  );
  const dates = drawText(
    doc,
    card.eventDates,
    { x: f.x, y: f.y + title.height, width: f.w },
    {
      size: 7 * k,
      maxLines: 1,
      minSize: 5.5 * k,
      color: MUTED,
      align,
      direction,
      lineHeight: 1.2,
    },
  );
  return title.height + dates.height;
}

function roleBand(doc: Doc, card: BadgeCard, f: Frame, k: number): void {
  doc.rect(f.x, f.y, f.w, f.h).fill(ROLE_COLOURS[card.roleKind ?? 'participant']);
  drawText(
    doc,
    card.role,
    { x: f.x + mm(2), y: f.y, width: f.w - mm(4), height: f.h },
    {
      size: 11 * k,
      minSize: 7 * k,
      maxLines: 1,
      font: 'bold',
      color: '#ffffff',
      align: 'center',
      valign: 'middle',
      direction: 'auto',
      lineHeight: 1.2,
    },
  );
}

function names(card: BadgeCard, k: number, rtl: boolean, big = 1) {
  const { align, direction } = sideOf(rtl);
  return [
    {
      text: card.fullNameAr,
      gap: mm(0.5) * k,
      o: {
        size: 15 * k * big,
        minSize: 9 * k,
        maxLines: 2,
        font: 'bold',
        color: INK,
        align,
        direction,
        lineHeight: 1.25,
      } as TextOptions,
    },
    {
      text: card.fullNameLatin,
      gap: mm(1.5) * k,
      o: {
        size: 10.5 * k * big,
        minSize: 7 * k,
        maxLines: 2,
        font: 'bold',
        color: INK,
        align,
        direction,
        lineHeight: 1.2,
      } as TextOptions,
    },
    {
      text: card.institution,
      gap: mm(0.5) * k,
      o: {
        size: 7.5 * k * big,
        minSize: 6 * k,
        maxLines: 2,
        color: MUTED,
        align,
        direction,
        lineHeight: 1.2,
      } as TextOptions,
    },
    {
      text: card.country,
      gap: 0,
      o: {
        size: 7.5 * k * big,
        minSize: 6 * k,
        maxLines: 1,
        color: MUTED,
        align,
        direction,
        lineHeight: 1.2,
      } as TextOptions,
    },
  ];
}

/**
 * A landscape card (the A4 sheet's cells, the badge-printer label): event on top, names beside
 * the QR, the role band at the bottom. Arabic pages mirror it: names on the right, QR on the left.
 */
function landscapeCard(doc: Doc, card: BadgeCard, f: Frame, rtl: boolean): void {
  const k = f.h / SHEET.cardH;
  const pad = mm(3.5) * k;
  const inner = { x: f.x + pad, y: f.y + pad, w: f.w - 2 * pad, h: f.h - 2 * pad };
  const headerH = header(doc, card, inner, k, rtl) + mm(1) * k;
  const bandH = mm(8) * k;
  roleBand(doc, card, { x: f.x, y: f.y + f.h - bandH, w: f.w, h: bandH }, k);
  const middleTop = inner.y + headerH;
  const middleH = f.y + f.h - bandH - mm(1) * k - middleTop;
  // The QR box includes its quiet zone: about 30 mm of symbol on a 62 mm card, ≥ 25 mm on any.
  const qr = Math.min(middleH, inner.w * 0.42);
  const qrX = rtl ? f.x + mm(1) * k : f.x + f.w - mm(1) * k - qr;
  drawQr(doc, card.token, qrX, middleTop, qr);
  const textW = inner.w - qr + mm(1) * k - mm(2) * k;
  const textX = rtl ? inner.x + inner.w - textW : inner.x;
  stack(doc, { x: textX, y: middleTop + mm(1) * k, w: textW, h: middleH }, names(card, k, rtl));
}

/** One badge on an A6 page, portrait: names across the width, a large QR under them. */
function portraitCard(doc: Doc, card: BadgeCard, f: Frame, rtl: boolean): void {
  const k = 1.4;
  const pad = mm(7);
  const inner = { x: f.x + pad, y: f.y + pad, w: f.w - 2 * pad, h: f.h - 2 * pad };
  const headerH = header(doc, card, inner, k, rtl) + mm(4);
  const bandH = mm(14);
  roleBand(doc, card, { x: f.x, y: f.y + f.h - bandH, w: f.w, h: bandH }, k);
  const qr = mm(52);
  const qrY = f.y + f.h - bandH - mm(3) - qr;
  drawQr(doc, card.token, f.x + (f.w - qr) / 2, qrY, qr);
  const textTop = inner.y + headerH;
  stack(doc, { x: inner.x, y: textTop, w: inner.w, h: qrY - textTop }, names(card, 1, rtl, 1.45));
}

function cutMarks(doc: Doc, left: number, top: number): void {
  const { cols, rows, cardW, cardH } = SHEET;
  const len = mm(5);
  const off = mm(1.5);
  const right = left + cols * cardW;
  const bottom = top + rows * cardH;
  doc.save().lineWidth(0.4).strokeColor('#868e96');
  for (let c = 0; c <= cols; c += 1) {
    const x = left + c * cardW;
    doc.moveTo(x, top - off - len).lineTo(x, top - off);
    doc.moveTo(x, bottom + off).lineTo(x, bottom + off + len);
  }
  for (let r = 0; r <= rows; r += 1) {
    const y = top + r * cardH;
    doc.moveTo(left - off - len, y).lineTo(left - off, y);
    doc.moveTo(right + off, y).lineTo(right + off + len, y);
  }
  doc.stroke().restore();
}

/** The badge at `index` on its A4 sheet, opening a new sheet every eight. */
function a4Card(doc: Doc, card: BadgeCard, index: number, rtl: boolean): void {
  const { cols, rows, cardW, cardH } = SHEET;
  const slot = index % (cols * rows);
  if (slot === 0) {
    doc.addPage({ size: 'A4', margin: 0 });
    cutMarks(doc, (doc.page.width - cols * cardW) / 2, (doc.page.height - rows * cardH) / 2);
  }
  const left = (doc.page.width - cols * cardW) / 2;
  const top = (doc.page.height - rows * cardH) / 2;
  // Arabic sheets fill the grid from the right, as the reader goes.
  const col = rtl ? cols - 1 - (slot % cols) : slot % cols;
  const row = Math.floor(slot / cols);
  landscapeCard(
    doc,
    card,
    { x: left + col * cardW, y: top + row * cardH, w: cardW, h: cardH },
    rtl,
  );
}

/** Badges as a PDF: an A4 sheet of 8, one per A6 page, or one per 4 × 3 in label. */
export async function renderBadgeSheet(req: BadgeSheetRequest): Promise<Buffer> {
  const rtl = req.language === 'ar';
  const doc = createDocument({
    title: req.cards[0]?.eventTitle ?? 'Badges',
    language: req.language,
  });
  for (const [i, card] of req.cards.entries()) {
    // A thousand badges take seconds: let the server answer other requests between sheets.
    if (i % 8 === 0) await yieldToEventLoop();
    if (req.layout === 'a4') {
      a4Card(doc, card, i, rtl);
    } else if (req.layout === 'a6') {
      doc.addPage({ size: 'A6', margin: 0 });
      portraitCard(doc, card, { x: 0, y: 0, w: doc.page.width, h: doc.page.height }, rtl);
    } else {
      doc.addPage({ size: [LABEL.width, LABEL.height], margin: 0 });
      landscapeCard(doc, card, { x: 0, y: 0, w: LABEL.width, h: LABEL.height }, rtl);
    }
  }
  if (req.cards.length === 0) doc.addPage({ size: 'A4', margin: 0 });
  return toBuffer(doc);
}
