// Certificates (issue 12): 1,000 certificates with the default design (Arabic and English side
// by side, modules, QR), each signed with its own token (Ed25519 over the JCS claims), each its
// own PDF as issuing writes them: ms per certificate (goal ≤ 20 ms) and peak RSS (goal ≤ 300 MB).
// Then, in one process, the template renderer and the bare renderer take turns page after page
// (a busy machine slows both alike, so the ratio holds when the milliseconds do not):
//   bare renderer  = the same page straight onto pdfkit: the same texts already filled in, at the
//                    sizes and places the default design gives them, shaped and drawn by the same
//                    glyph writer (drawText), the same QR (its own link), table rules, signature
//                    line and images; no design, placeholders, fitting, halves or mirroring.
//                    What is left between the two is the template layer (goal ≤ 1.3×).
//   bare pdfkit    = for reference, as the badge bench: the same strings through pdfkit's own
//                    text layout (which breaks Arabic), fonts parsed once, the same QR and images.
// A third run draws the default design with a full-page background PNG and a signature PNG, to
// show what images cost per file (pdfkit writes an image into every PDF; ours are decoded once).
// Phase 2 (`throughApiAndWorker`): the same number issued through the API and a worker process,
// the real job (skipped, saying so, in a build without the issuing endpoint).
// Needs `pnpm --filter @multaqa/api build` first (pnpm bench does it).
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '../..');
const API = resolve(ROOT, 'apps/api');
// BENCH_CERTIFICATES=50 for a quick look; the figures are for 1,000.
const CERTIFICATES = Number(process.env.BENCH_CERTIFICATES ?? 1000);
const WITH_IMAGES = Math.min(300, CERTIFICATES);
const KID = 'bench-2026-01';

const PEOPLE = [
  ['محمد عبدالله نور', 'Mohamed Abdullahi Nur'],
  ['عبدي ورسمه', 'Abdi Warsame'],
  ['هودن عبدالله', 'Hodan Abdullahi'],
  ['فاطمة الزهراء بنت عبد الرحمن الهاشمي', 'Fatima Al-Zahraa Al-Hashimi'],
  ['عبد الرحمن بن أحمد القحطاني', 'Abdulrahman Al-Qahtani'],
  ['أمينة حسن محمود', 'Amina Hassan Mahmoud'],
  ['يوسف علي فارح', 'Yusuf Ali Farah'],
  ['خديجة عمر إبراهيم', 'Khadija Omar Ibrahim'],
];

const peakMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.ceil(xs.length * 0.95) - 1];
const round = (n, d = 2) => +n.toFixed(d);

function documents() {
  return import(pathToFileURL(resolve(API, 'dist/documents/index.js')).href);
}

/** RGBA PNG from a pixel function (bench images, no image library needed). */
function png(width, height, pixel) {
  const chunk = (type, data) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) raw.set(pixel(x, y), y * (1 + width * 4) + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A4 landscape at 150 dpi (1754 × 1240): cream, a double border. And a signature in ink. */
function benchImages() {
  const [w, h] = [1754, 1240];
  const px = 150 / 25.4;
  const background = png(w, h, (x, y) => {
    const d = Math.min(x, y, w - 1 - x, h - 1 - y) / px;
    return (d >= 6 && d < 7.2) || (d >= 8.5 && d < 8.9) ? [28, 78, 128, 255] : [253, 250, 242, 255];
  });
  const signature = png(360, 120, (x, y) => {
    const c = 60 + 28 * Math.sin(x / 18) * Math.cos(x / 47) - (x - 180) * 0.08;
    return Math.abs(y - c) < 2.2 && x > 20 && x < 340 ? [22, 45, 120, 255] : [0, 0, 0, 0];
  });
  return { background, signature };
}

/** The certificate's QR, drawn as the renderer draws it (the short link, level Q). */
const QR = { errorCorrectionLevel: 'Q', maskPattern: 2, drawAs: 'image' };

const BACKGROUND_ID = '00000000-0000-4000-8000-00000000b001';
const SIGNATURE_ID = '00000000-0000-4000-8000-00000000b002';

/** Claims and a signed verification link for the i-th certificate, as issuing makes them. */
async function issuer() {
  const d = await documents();
  const { privateKey } = generateKeyPairSync('ed25519');
  const signer = { kid: KID, sign: (bytes) => sign(null, bytes, privateKey) };
  const base = d.sampleClaims('ar_en');
  return (i) => {
    const [ar, latin] = PEOPLE[i % PEOPLE.length];
    const claims = {
      ...base,
      serial: `MQ-2026-${String(i + 1).padStart(5, '0')}-X`,
      fullNameAr: ar,
      fullNameLatin: latin,
      kid: KID,
    };
    const token = d.encodeCertificateToken(claims, signer);
    return {
      claims,
      verificationUrl: d.certificateVerificationUrl(
        'https://multaqa.example.org',
        claims.serial,
        token,
      ),
      token,
    };
  };
}

async function templateRenderer(withImages) {
  const d = await documents();
  const next = await issuer();
  const design = d.defaultCertificateDesign();
  const assets = new Map();
  if (withImages) {
    const { background, signature } = benchImages();
    assets.set(BACKGROUND_ID, background);
    assets.set(SIGNATURE_ID, signature);
    design.backgroundAssetId = BACKGROUND_ID;
    design.elements = design.elements.map((e) =>
      e.kind === 'signature' ? { ...e, assetId: SIGNATURE_ID } : e,
    );
  }
  // Issuing reads each upload from storage: a new Buffer every time, as here.
  const fresh = () => new Map([...assets].map(([id, bytes]) => [id, Buffer.from(bytes)]));
  return (i) => d.renderCertificate({ design, ...next(i), assets: fresh() });
}

/** The default design's page drawn directly: see the header. Same texts, sizes, places. */
async function bareRenderer() {
  const d = await documents();
  const next = await issuer();
  const { createDocument, drawText, drawQr, mm, toBuffer } = d;
  const en = (x, w) => ({ x: mm(x), width: mm(w) });
  const half = { en: en(20, 126.5), ar: en(150.5, 126.5) };
  const line = (doc, x1, x2, y, width, colour) =>
    doc.save().lineWidth(width).strokeColor(colour).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  return async (i) => {
    const { claims, verificationUrl } = next(i);
    const doc = createDocument({ title: claims.serial, language: 'ar' });
    doc.addPage({ size: [mm(297), mm(210)], margin: 0 });
    const text = (lang, value, y, h, o) =>
      drawText(
        doc,
        value,
        { ...half[lang], y: mm(y), height: mm(h) },
        {
          align: 'center',
          valign: 'middle',
          direction: lang === 'ar' ? 'rtl' : 'ltr',
          lineHeight: 1.3,
          color: '#1f2d3d',
          ...o,
        },
      );
    const both = (values, y, h, o) => {
      text('en', values[0], y, h, o);
      text('ar', values[1], y, h, o);
    };
    both(['Certificate of attendance', 'شهادة حضور'], 14, 16, { size: 26, font: 'bold' });
    both(['This certificate is awarded to', 'تُمنح هذه الشهادة إلى'], 33, 8, { size: 12 });
    both([claims.fullNameLatin, claims.fullNameAr], 42, 15, { size: 24, font: 'bold' });
    both([claims.institution.en, claims.institution.ar], 57, 7, { size: 11 });
    both(['for attending the training programme', 'لحضور البرنامج التدريبي'], 67, 8, { size: 12 });
    both([claims.eventTitle.en, claims.eventTitle.ar], 75, 16, { size: 15, font: 'bold' });
    both(
      [
        'Training Centre, Mogadishu, January 12 – 16, 2020\n30 hours of training',
        'مركز التدريب، مقديشو، 12–16 يناير 2020 (١٧–٢١ جمادى الأولى ١٤٤١ هـ)\nعدد الساعات التدريبية: 30',
      ],
      92,
      12,
      { size: 11 },
    );
    // The modules table: English title, hours, Arabic title; a rule under each row.
    let y = mm(108);
    const rows = [
      ['Modules', 'Hours\nالساعات', 'الوحدات التدريبية'],
      ...claims.modules.map((m) => [m.title.en, String(m.hours), m.title.ar]),
    ];
    for (const [r, row] of rows.entries()) {
      const o = { size: 9, font: r === 0 ? 'bold' : 'regular', color: '#1c4e80', lineHeight: 1.2 };
      const a = drawText(doc, row[0], { x: mm(50), y, width: mm(76) }, { ...o, align: 'left' });
      drawText(doc, row[1], { x: mm(128), y, width: mm(28) }, { ...o, align: 'center' });
      drawText(
        doc,
        row[2],
        { x: mm(158), y, width: mm(76) },
        { ...o, align: 'right', direction: 'rtl' },
      );
      y += Math.max(a.height, r === 0 ? 2 * 9 * 1.2 : 9 * 1.2) + mm(1);
      line(doc, mm(50), mm(234), y, r === 0 ? 0.6 : 0.3, r === 0 ? '#1c4e80' : '#ced4da');
    }
    // Signature block: a line, the name and title in each language under it.
    line(doc, mm(27), mm(103), mm(181), 0.6, '#1f2d3d');
    drawText(
      doc,
      'Dr Amina Yusuf',
      { x: mm(20), y: mm(182), width: mm(43) },
      { size: 10, font: 'bold', align: 'center' },
    );
    drawText(
      doc,
      'Director, Multaqa Training Centre',
      { x: mm(20), y: mm(186), width: mm(43) },
      { size: 8.5, align: 'center' },
    );
    drawText(
      doc,
      'د. أمينة يوسف',
      { x: mm(67), y: mm(182), width: mm(43) },
      { size: 10, font: 'bold', align: 'center', direction: 'rtl' },
    );
    drawText(
      doc,
      'مديرة مركز ملتقى للتدريب',
      { x: mm(67), y: mm(186), width: mm(43) },
      { size: 8.5, align: 'center', direction: 'rtl' },
    );
    drawText(
      doc,
      'Issued on January 16, 2020',
      { x: mm(112), y: mm(178), width: mm(60), height: mm(14) },
      { size: 9, align: 'center', valign: 'middle' },
    );
    drawText(
      doc,
      'صدرت في 16 يناير 2020 (٢١ جمادى الأولى ١٤٤١ هـ)',
      { x: mm(176), y: mm(178), width: mm(60), height: mm(14) },
      { size: 9, align: 'center', valign: 'middle', direction: 'rtl' },
    );
    drawQr(doc, verificationUrl, mm(240), mm(145), mm(45), QR);
    drawText(
      doc,
      claims.serial,
      { x: mm(232.5), y: mm(190), width: mm(60) },
      { size: 8, align: 'center' },
    );
    return toBuffer(doc);
  };
}

/** The same strings through pdfkit's own text layout (fonts parsed once), same QR: reference. */
async function barePdfkit() {
  const d = await documents();
  const next = await issuer();
  const require = createRequire(resolve(API, 'package.json'));
  const PDFDocument = require('pdfkit');
  const fontkit = require('fontkit');
  const font = (name) => fontkit.create(readFileSync(resolve(API, 'assets/fonts', name)));
  const fonts = {
    naskh: font('NotoNaskhArabic-Regular.ttf'),
    naskhBold: font('NotoNaskhArabic-Bold.ttf'),
    sans: font('NotoSans-Regular.ttf'),
    sansBold: font('NotoSans-Bold.ttf'),
  };
  return (i) =>
    new Promise((done) => {
      const { claims, verificationUrl } = next(i);
      const doc = new PDFDocument({ size: [d.mm(297), d.mm(210)], margin: 0 });
      const chunks = [];
      doc.on('data', (c) => chunks.push(c));
      doc.on('end', () => done(Buffer.concat(chunks)));
      const put = (f, size, s, x, y, w) =>
        doc
          .font(fonts[f], f)
          .fontSize(size)
          .text(s, d.mm(x), d.mm(y), { width: d.mm(w), align: 'center' });
      put('sansBold', 26, 'Certificate of attendance', 20, 14, 126);
      put('naskhBold', 26, 'شهادة حضور', 150, 14, 126);
      put('sans', 12, 'This certificate is awarded to', 20, 33, 126);
      put('naskh', 12, 'تُمنح هذه الشهادة إلى', 150, 33, 126);
      put('sansBold', 24, claims.fullNameLatin, 20, 42, 126);
      put('naskhBold', 24, claims.fullNameAr, 150, 42, 126);
      put('sans', 11, claims.institution.en, 20, 57, 126);
      put('naskh', 11, claims.institution.ar, 150, 57, 126);
      put('sans', 12, 'for attending the training programme', 20, 67, 126);
      put('naskh', 12, 'لحضور البرنامج التدريبي', 150, 67, 126);
      put('sansBold', 15, claims.eventTitle.en, 20, 75, 126);
      put('naskhBold', 15, claims.eventTitle.ar, 150, 75, 126);
      put(
        'sans',
        11,
        'Training Centre, Mogadishu, January 12 – 16, 2020\n30 hours of training',
        20,
        92,
        126,
      );
      put(
        'naskh',
        11,
        'مركز التدريب، مقديشو، 12–16 يناير 2020 (١٧–٢١ جمادى الأولى ١٤٤١ هـ)\nعدد الساعات التدريبية: 30',
        150,
        92,
        126,
      );
      claims.modules.forEach((m, r) => {
        put('sans', 9, m.title.en, 50, 116 + r * 7, 76);
        put('sans', 9, String(m.hours), 128, 116 + r * 7, 28);
        put('naskh', 9, m.title.ar, 158, 116 + r * 7, 76);
      });
      put('sansBold', 10, 'Dr Amina Yusuf', 20, 182, 43);
      put('naskhBold', 10, 'د. أمينة يوسف', 67, 182, 43);
      put('sans', 9, 'Issued on January 16, 2020', 112, 182, 60);
      put('naskh', 9, 'صدرت في 16 يناير 2020 (٢١ جمادى الأولى ١٤٤١ هـ)', 176, 182, 60);
      d.drawQr(doc, verificationUrl, d.mm(240), d.mm(145), d.mm(45), QR);
      put('sans', 8, claims.serial, 232, 190, 60);
      doc.end();
    });
}

/** 1,000 certificates, one PDF each, alone in this process: ms each, CPU, peak RSS. */
async function certificates(count = CERTIFICATES, withImages = false) {
  const render = await templateRenderer(withImages);
  const cold = performance.now();
  const first = await render(0);
  const coldMs = performance.now() - cold;
  const times = [];
  let bytes = first.length;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 1; i <= count; i += 1) {
    const t0 = performance.now();
    bytes += (await render(i)).length;
    times.push(performance.now() - t0);
  }
  const total = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    certificates: count,
    firstCertificateMs: round(coldMs, 0),
    msPerCertificateMean: round(total / count),
    msPerCertificateP50: round(median(times)),
    msPerCertificateP95: round(p95(times)),
    // CPU time varies less than the clock when the machine is shared.
    cpuMsPerCertificate: round((cpu.user + cpu.system) / 1000 / count),
    totalSeconds: round(total / 1000),
    meanFileKiB: Math.round(bytes / (count + 1) / 1024),
    peakRssMiB: peakMiB(),
  };
}

const withImages = () => certificates(WITH_IMAGES, true);

/** The template renderer and the bare ones in turns, certificate after certificate. */
async function ratio() {
  const renderers = {
    template: await templateRenderer(false),
    bareRenderer: await bareRenderer(),
    barePdfkit: await barePdfkit(),
  };
  const times = Object.fromEntries(Object.keys(renderers).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(renderers).map((k) => [k, 0]));
  const bytes = {};
  for (const render of Object.values(renderers)) await render(0); // fonts, HarfBuzz's WASM
  for (let i = 1; i <= CERTIFICATES; i += 1) {
    for (const [name, render] of Object.entries(renderers)) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      bytes[name] = (await render(i)).length;
      times[name].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[name] += (c.user + c.system) / 1000;
    }
  }
  const result = { certificatesEach: CERTIFICATES, peakRssMiBAllThree: peakMiB() };
  for (const name of Object.keys(renderers)) {
    result[name] = {
      msP50: round(median(times[name])),
      msP95: round(p95(times[name])),
      cpuMsMean: round(cpu[name] / CERTIFICATES),
      fileKiB: Math.round(bytes[name] / 1024),
    };
  }
  result.templateVsBareRenderer = round(result.template.msP50 / result.bareRenderer.msP50);
  result.templateVsBareRendererCpu = round(
    result.template.cpuMsMean / result.bareRenderer.cpuMsMean,
  );
  result.templateVsBarePdfkit = round(result.template.msP50 / result.barePdfkit.msP50);
  return result;
}

/** Peak resident memory of another process so far (VmHWM), in MiB. */
const peakOf = (pid) =>
  Math.round(
    Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024,
  );

/**
 * Phase 2: 1,000 certificates issued for real: an API and a worker process (PROCESS_ROLE=worker,
 * as docker-compose runs it) on a fresh database; a past training with five sessions and 1,000
 * approved people who attended all of them (written by SQL, as the check-in bench does: that is
 * not what is measured); the default design as a template; the event's rule; then POST
 * …/certificates/issue and GET /api/jobs/{id} until it completes. The job's time covers the
 * claims, serials, signatures, PDFs, storage and the database, against phase 1's PDFs alone.
 */
async function throughApiAndWorker() {
  // The build has the certificates module (its controller holds POST …/certificates/issue).
  if (!existsSync(resolve(API, 'dist/certificates/certificates.controller.js'))) {
    return { skipped: 'this build has no certificates module yet (the cert-api work adds it)' };
  }
  const { freshDatabase, signedIn, startApi, startWorker } = await import('./server.mjs');
  const d = await documents();
  const databaseUrl = freshDatabase();
  const storage = mkdtempSync(join(tmpdir(), 'multaqa-bench-certificates-'));
  const env = { STORAGE_DIR: storage, PUBLIC_URL: 'https://multaqa.example.org' };
  const api = await startApi(databaseUrl, env);
  const worker = await startWorker(databaseUrl, env);
  try {
    const admin = await signedIn(api.base, 'admin@multaqa.test');
    const coordinator = await signedIn(api.base, 'coordinator@multaqa.test');
    const packages = await coordinator('GET', '/api/training-packages?status=published');
    const event = await coordinator('POST', '/api/events', {
      kind: 'training',
      packageId: packages.items[0].id,
      title: { en: `Certificates bench ${Date.now()}`, ar: 'تدريب قياس الشهادات' },
      city: 'Mogadishu',
      countryCode: 'SO',
      timeZone: 'Africa/Mogadishu',
      startDate: '2025-01-12',
      endDate: '2025-01-16',
      languages: ['ar', 'en'],
      capacity: CERTIFICATES,
    });
    const sessions = [];
    for (let day = 12; day <= 16; day += 1) {
      sessions.push(
        await coordinator('POST', `/api/events/${event.id}/sessions`, {
          title: { en: `Day ${day}`, ar: `اليوم ${day}` },
          type: 'workshop',
          room: `Bench room ${Date.now()}`,
          date: `2025-01-${day}`,
          startTime: '09:00',
          endTime: '12:00',
          allowConflicts: true,
        }),
      );
    }
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    await pool.query(
      `WITH people AS (
         INSERT INTO participants (full_name_ar, full_name_latin, name_key_ar, name_key_latin, gender, nationality, email)
         SELECT p.ar || ' ' || n, p.latin || ' ' || n, p.ar || ' ' || n, lower(p.latin) || ' ' || n,
                'male', 'SO', 'certificates-bench-' || n || '@example.org'
           FROM generate_series(1, $2) n,
                LATERAL (SELECT ($3::text[])[1 + n % array_length($3::text[], 1)] AS ar,
                                ($4::text[])[1 + n % array_length($4::text[], 1)] AS latin) p
         RETURNING id),
       registrations AS (
         INSERT INTO registrations (event_id, participant_id, status, source, decided_at)
         SELECT $1, id, 'approved', 'import', now() FROM people RETURNING id, participant_id)
       INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id, status, method, taken_at)
       SELECT $1, s, r.participant_id, r.id, 'present', 'roster', now()
         FROM registrations r, unnest($5::uuid[]) s`,
      [
        event.id,
        CERTIFICATES,
        PEOPLE.map((p) => p[0]),
        PEOPLE.map((p) => p[1]),
        sessions.map((x) => x.id),
      ],
    );
    await pool.end();
    const template = await admin('POST', '/api/certificate-templates', {
      ...d.defaultCertificateDesign(),
      name: `Bench ${Date.now()}`,
    });
    await admin('PUT', `/api/events/${event.id}/certificate-rule`, {
      templateId: template.id,
      minAttendancePercent: 80,
      emailParticipants: false,
    });
    const started = performance.now();
    const { job: accepted } = await admin('POST', `/api/events/${event.id}/certificates/issue`, {});
    let job = accepted;
    const deadline = Date.now() + 30 * 60_000;
    while (job.status !== 'completed' && job.status !== 'failed') {
      if (Date.now() > deadline)
        throw new Error(`issuing still ${job.status}: ${job.done}/${job.total}`);
      await new Promise((r) => setTimeout(r, 250));
      job = await admin('GET', `/api/jobs/${accepted.id}`);
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      status: job.status,
      issued: job.done,
      total: job.total,
      result: job.result,
      seconds: round(seconds),
      msPerCertificate: round((seconds * 1000) / Math.max(1, job.done)),
      certificatesPerSecond: round(job.done / seconds, 1),
      workerPeakRssMiB: peakOf(worker.pid),
      apiPeakRssMiB: peakOf(api.pid),
    };
  } finally {
    await worker.stop();
    await api.stop();
    rmSync(storage, { recursive: true, force: true });
  }
}

const scenarios = { certificates, withImages, ratio, api: throughApiAndWorker };

function child(name) {
  const out = execFileSync(process.execPath, [import.meta.filename, name], { encoding: 'utf8' });
  return JSON.parse(out);
}

export async function run() {
  if (!existsSync(resolve(API, 'dist/documents/index.js'))) {
    throw new Error('Build the API first: pnpm --filter @multaqa/api build');
  }
  const load = () => loadavg().map((n) => round(n, 1));
  const result = { machine: { cpus: (await import('node:os')).cpus().length, loadBefore: load() } };
  console.log(
    `Bench: ${CERTIFICATES} certificates (ar_en, default design, QR, own signed token each)`,
  );
  result.renderer = child('certificates');
  console.log(JSON.stringify({ renderer: result.renderer }, null, 2));
  result.templateVsBare = child('ratio');
  console.log(JSON.stringify({ templateVsBare: result.templateVsBare }, null, 2));
  result.withImages = child('withImages');
  console.log(JSON.stringify({ withBackgroundAndSignaturePng: result.withImages }, null, 2));
  result.throughApiAndWorker = await throughApiAndWorker();
  console.log(JSON.stringify({ throughApiAndWorker: result.throughApiAndWorker }, null, 2));
  result.machine.loadAfter = load();
  console.log(
    `Goals: ≤ 20 ms per certificate (${result.renderer.msPerCertificateMean} ms mean), ` +
      `≤ 300 MB peak RSS (${result.renderer.peakRssMiB} MiB), ` +
      `≤ 1.3× the bare renderer (${result.templateVsBare.templateVsBareRenderer}× by the clock, ` +
      `${result.templateVsBare.templateVsBareRendererCpu}× by CPU time). ` +
      `Load average ${result.machine.loadBefore.join(' ')} → ${result.machine.loadAfter.join(' ')} on ${result.machine.cpus} CPUs.`,
  );
  const out = resolve(ROOT, 'test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'bench-certificates.json'), JSON.stringify(result, null, 2));
  return result;
}

// Run as a child (`node certificates.mjs <scenario>`), not when pnpm bench imports this file.
const scenario = process.argv[2];
if (import.meta.filename === process.argv[1] && scenario && scenarios[scenario]) {
  console.log(JSON.stringify(await scenarios[scenario]()));
} else if (import.meta.filename === process.argv[1]) {
  await run();
}
