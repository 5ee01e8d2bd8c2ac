// Badge sheets for 1,000 people (A4, 8 per page) through the built renderer: ms per badge and
// peak RSS. Then one A4 certificate-like page with a long Arabic paragraph, for issue 12's
// planning (≤ 20 ms/page, ≤ 1.3× the bare renderer): against pdfkit alone drawing the same
// strings with its own layout (which breaks Arabic), with the font files parsed per document
// as pdfkit does by default, and parsed once per process as the engine does.
// Each part runs in its own Node process, so its peak RSS is its own.
// Needs `pnpm --filter @multaqa/api build` first (pnpm bench does it).
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const API = resolve(import.meta.dirname, '../../apps/api');
const PEOPLE = 1000;
const CERTIFICATES = 60;

const NAMES = [
  ['محمد عبد الله الصومالي', 'Mohamed Abdullahi Al-Somali', 'وزارة الدفاع MoD', 'الصومال'],
  [
    'فاطمة الزهراء بنت عبد الرحمن الهاشمي',
    'Fatima Al-Zahraa Al-Hashimi',
    'المعهد الوطني للدراسات الاستراتيجية',
    'موريتانيا',
  ],
  ['عبد الرحمن بن أحمد القحطاني', 'Abdulrahman Al-Qahtani', 'Ministry of Interior', 'السعودية'],
  ['علي حسن', 'Ali Hassan', 'جامعة مقديشو', 'الصومال'],
];

const PARAGRAPH =
  'يشهد مركز التدريب بأن المشارك المذكور أعلاه قد أتم بنجاح الدورة التدريبية المتخصصة في إدارة الأزمات والكوارث ' +
  'التي عقدت في مدينة مقديشو خلال الفترة من 12 إلى 16 يناير 2026، بإجمالي ثلاثين ساعة تدريبية، وقد شملت الدورة ' +
  'محاور التخطيط الاستراتيجي للطوارئ، وتقييم المخاطر، والتنسيق بين الجهات الحكومية وغير الحكومية، والاتصال ' +
  'في أوقات الأزمات، وإدارة المعلومات، وقد أظهر المشارك التزاما عاليا وحضورا منتظما بنسبة 95% من الجلسات، ' +
  'ومشاركة فاعلة في التمارين العملية ودراسات الحالة، ونتمنى له دوام التوفيق والنجاح في مسيرته المهنية.';

function token() {
  const payload = {
    b: randomUUID(),
    e: randomUUID(),
    r: randomUUID(),
    t: 1767225600,
    k: 'key-2026-01',
  };
  return `MQB1.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${randomBytes(64).toString('base64url')}`;
}

const peakMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const round = (n, d = 2) => +n.toFixed(d);

async function documents() {
  return import(pathToFileURL(resolve(API, 'dist/documents/index.js')).href);
}

async function badges() {
  const { renderBadgeSheet } = await documents();
  const cards = Array.from({ length: PEOPLE }, (_, i) => {
    const [ar, latin, institution, country] = NAMES[i % NAMES.length];
    return {
      token: token(),
      fullNameAr: ar,
      fullNameLatin: latin,
      institution,
      country,
      role: i % 10 === 0 ? 'مدرب' : 'مشارك',
      roleKind: i % 10 === 0 ? 'trainer' : 'participant',
      eventTitle: 'الدورة التدريبية في إدارة الأزمات',
      eventDates: '12–16 يناير 2026',
    };
  });
  const runs = [];
  let cpu;
  let bytes = 0;
  // How long the event loop waits at worst: what other requests to the API would feel.
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  // The first run includes loading the fonts and HarfBuzz's WASM; the second is a warm process.
  for (let i = 0; i < 2; i += 1) {
    if (i === 1) stalls.enable();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    bytes = (await renderBadgeSheet({ layout: 'a4', language: 'ar', cards })).length;
    runs.push(performance.now() - started);
    cpu = process.cpuUsage(cpuBefore);
  }
  return {
    people: PEOPLE,
    pages: Math.ceil(PEOPLE / 8),
    msPerBadgeCold: round(runs[0] / PEOPLE),
    msPerBadge: round(runs[1] / PEOPLE),
    // CPU time varies less than the clock when the machine is shared.
    cpuMsPerBadge: round((cpu.user + cpu.system) / 1000 / PEOPLE),
    totalSeconds: round(runs[1] / 1000),
    longestEventLoopStallMs: round(stalls.max / 1e6, 0),
    fileKiB: Math.round(bytes / 1024),
    peakRssMiB: peakMiB(),
  };
}

/** A certificate-like page drawn with the engine: title, name, long paragraph, dates, QR. */
async function certificateRenderer() {
  const { createDocument, drawText, drawQr, mm, toBuffer } = await documents();
  const render = async () => {
    const doc = createDocument({ title: 'شهادة', language: 'ar' });
    doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
    const w = doc.page.width - mm(40);
    const box = (y) => ({ x: mm(20), y, width: w });
    drawText(doc, 'شهادة إتمام دورة تدريبية', box(mm(20)), {
      size: 28,
      font: 'bold',
      align: 'center',
      direction: 'rtl',
    });
    drawText(doc, 'فاطمة الزهراء بنت عبد الرحمن الهاشمي', box(mm(45)), {
      size: 22,
      font: 'bold',
      align: 'center',
      minSize: 14,
      maxLines: 1,
    });
    drawText(doc, 'Fatima Al-Zahraa Al-Hashimi', box(mm(58)), { size: 14, align: 'center' });
    drawText(doc, PARAGRAPH, box(mm(72)), {
      size: 13,
      align: 'start',
      direction: 'rtl',
      lineHeight: 1.6,
    });
    drawText(doc, 'مقديشو، 16 يناير 2026', box(mm(150)), { size: 12, direction: 'rtl' });
    drawQr(doc, token(), mm(20), mm(160), mm(30));
    return toBuffer(doc);
  };
  return render;
}

/**
 * The same strings through pdfkit alone (its own layout, which breaks Arabic): the floor.
 * `parsedOnce` hands pdfkit fonts parsed once per process, as the engine does; without it
 * pdfkit parses the font files for every document.
 */
function bareRenderer(parsedOnce) {
  const require = createRequire(resolve(API, 'package.json'));
  const PDFDocument = require('pdfkit');
  const fontkit = require('fontkit');
  const file = (name) => readFileSync(resolve(API, 'assets/fonts', name));
  const load = (name) => (parsedOnce ? fontkit.create(file(name)) : file(name));
  const naskh = load('NotoNaskhArabic-Regular.ttf');
  const naskhBold = load('NotoNaskhArabic-Bold.ttf');
  const render = () =>
    new Promise((done) => {
      const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 56 });
      const chunks = [];
      doc.on('data', (c) => chunks.push(c));
      doc.on('end', () => done(Buffer.concat(chunks)));
      doc
        .font(naskhBold, parsedOnce ? 'bold' : undefined)
        .fontSize(28)
        .text('شهادة إتمام دورة تدريبية', { align: 'center' });
      doc.fontSize(22).text('فاطمة الزهراء بنت عبد الرحمن الهاشمي', { align: 'center' });
      doc
        .font(naskh, parsedOnce ? 'regular' : undefined)
        .fontSize(14)
        .text('Fatima Al-Zahraa Al-Hashimi', { align: 'center' });
      doc.fontSize(13).text(PARAGRAPH, { align: 'right', lineGap: 6 });
      doc.fontSize(12).text('مقديشو، 16 يناير 2026', { align: 'right' });
      doc.end();
    });
  return render;
}

/**
 * The three page renderers take turns, page after page, so a busy machine slows them alike and
 * the ratio holds even when the milliseconds do not.
 */
async function pages() {
  const renderers = {
    certificatePage: await certificateRenderer(),
    barePdfkitPage: bareRenderer(false),
    barePdfkitFontsParsedOncePage: bareRenderer(true),
  };
  const times = Object.fromEntries(Object.keys(renderers).map((k) => [k, []]));
  const bytes = {};
  for (const render of Object.values(renderers)) await render(); // fonts, HarfBuzz's WASM
  for (let i = 0; i < CERTIFICATES; i += 1) {
    for (const [name, render] of Object.entries(renderers)) {
      const started = performance.now();
      bytes[name] = (await render()).length;
      times[name].push(performance.now() - started);
    }
  }
  const result = { pagesEach: CERTIFICATES, peakRssMiBAllThree: peakMiB() };
  for (const name of Object.keys(renderers)) {
    result[name] = {
      msPerPageP50: round(median(times[name])),
      msPerPageP95: round(p95(times[name])),
      fileKiB: Math.round(bytes[name] / 1024),
    };
  }
  const p50 = result.certificatePage.msPerPageP50;
  result.certificateVsBare = round(p50 / result.barePdfkitPage.msPerPageP50);
  result.certificateVsBareFontsParsedOnce = round(
    p50 / result.barePdfkitFontsParsedOncePage.msPerPageP50,
  );
  return result;
}

/** One certificate page after another, alone in its process: the engine's own peak RSS. */
async function certificateRss() {
  const render = await certificateRenderer();
  for (let i = 0; i < CERTIFICATES; i += 1) await render();
  return { pages: CERTIFICATES, peakRssMiB: peakMiB() };
}

const scenarios = { badges, pages, certificateRss };

function child(name) {
  const out = execFileSync(process.execPath, [import.meta.filename, name], { encoding: 'utf8' });
  return JSON.parse(out);
}

export async function run() {
  const result = {
    badgeSheetsA4: child('badges'),
    certificateAlone: child('certificateRss'),
    certificateVsBarePdfkit: child('pages'),
  };
  console.log(JSON.stringify(result, null, 2));
  const out = resolve(import.meta.dirname, '../../test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'bench-badge-sheets.json'), JSON.stringify(result, null, 2));
  return result;
}

const scenario = process.argv[2];
if (scenario && scenarios[scenario]) {
  console.log(JSON.stringify(await scenarios[scenario]()));
} else if (import.meta.filename === process.argv[1]) {
  await run();
}
