import { expect, type APIRequestContext } from '@playwright/test';
import { accounts, apiContext, DEMO_PASSWORD, SAME_ORIGIN } from './support';

/** Test support for certificates: an event whose attendance makes some qualify and some not. */

const ZONE = 'Africa/Mogadishu';
const SESSIONS = 5;

/** A calendar date `days` from today on the venue's clock. */
function dayOffset(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date);
}

export interface Person {
  ar: string;
  latin: string;
  /** Sessions attended out of SESSIONS. */
  attended: number;
}

export interface Setup {
  eventId: string;
  templateName: string;
  people: Person[];
}

async function ok(response: Awaited<ReturnType<APIRequestContext['post']>>, status = 200) {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as { id: string };
}

/**
 * An event held last week in Mogadishu with five sessions and four approved people: two at or
 * above 80 % (5/5 and 4/5), two below (3/5 and none); and an Arabic and English template.
 */
export async function setUpCertificateEvent(
  baseURL: string | undefined,
  m: string,
  { demoParticipant = false, issue = false }: { demoParticipant?: boolean; issue?: boolean } = {},
): Promise<Setup> {
  const request = await apiContext(baseURL);
  await ok(
    await request.post('/api/auth/login', {
      data: { email: accounts.admin.email, password: DEMO_PASSWORD },
    }),
  );
  // The demo coordinator coordinates it: they see the tab, but issuing is the admins'.
  const staff = (await (await request.get('/api/users/staff')).json()) as {
    id: string;
    fullName: string;
  }[];
  const coordinator = staff.find((s) => s.fullName === accounts.coordinator.name);
  expect(coordinator, 'the demo coordinator is among the staff').toBeTruthy();
  const startDate = dayOffset(-8);
  const endDate = dayOffset(-7);
  const event = await ok(
    await request.post('/api/events', {
      headers: SAME_ORIGIN,
      data: {
        kind: 'conference',
        title: { ar: `ملتقى الشهادات ${m}`, en: `Certificates forum ${m}` },
        venue: 'Training Centre',
        city: 'Mogadishu',
        countryCode: 'SO',
        timeZone: ZONE,
        startDate,
        endDate,
        languages: ['ar', 'en'],
        capacity: 60,
        coordinatorIds: [coordinator!.id],
      },
    }),
    201,
  );
  const eventId = event.id;

  const sessionIds: string[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const session = await ok(
      await request.post(`/api/events/${eventId}/sessions`, {
        headers: SAME_ORIGIN,
        data: {
          title: { ar: `الجلسة ${i + 1} ${m}`, en: `Session ${i + 1} ${m}` },
          type: 'plenary',
          room: `Hall ${m}`,
          date: i < 3 ? startDate : endDate,
          startTime: `0${(i % 3) * 2 + 1}:00`.slice(-5),
          endTime: `0${(i % 3) * 2 + 2}:00`.slice(-5),
          speakers: [],
        },
      }),
      201,
    );
    sessionIds.push(session.id);
  }

  const people: Person[] = [
    { ar: `أحمد عبدي ${m}`, latin: `Ahmed Abdi ${m}`, attended: 5 },
    { ar: `فاطمة ورسمي ${m}`, latin: `Fatima Warsame ${m}`, attended: 4 },
    { ar: `حليمة آدم ${m}`, latin: `Halima Adam ${m}`, attended: 3 },
    { ar: `إبراهيم نور ${m}`, latin: `Ibrahim Nur ${m}`, attended: 0 },
  ];
  const registrationIds: string[] = [];
  const participantIds: string[] = [];
  for (const [i, person] of people.entries()) {
    const registration = (await ok(
      await request.post(`/api/events/${eventId}/registrations`, {
        headers: SAME_ORIGIN,
        data: {
          participant: {
            fullNameAr: person.ar,
            fullNameLatin: person.latin,
            gender: i % 2 ? 'female' : 'male',
            nationality: 'SO',
            email: `certificates-${i}-${m}@example.org`,
          },
          answers: {},
        },
      }),
      201,
    )) as { id: string; participant: { id: string } };
    registrationIds.push(registration.id);
    participantIds.push(registration.participant.id);
  }
  if (demoParticipant) {
    // The demo participant (participant@multaqa.test), present everywhere: their portal lists it.
    const found = await request.get(
      `/api/participants?q=${encodeURIComponent(accounts.participant.name)}`,
    );
    const { items } = (await found.json()) as { items: { id: string }[] };
    expect(items.length, 'the demo participant exists').toBeGreaterThan(0);
    const registration = await ok(
      await request.post(`/api/events/${eventId}/registrations`, {
        headers: SAME_ORIGIN,
        data: { participantId: items[0].id, answers: {} },
      }),
      201,
    );
    registrationIds.push(registration.id);
    participantIds.push(items[0].id);
    people.push({ ar: 'عبدي ورسمي', latin: accounts.participant.name, attended: SESSIONS });
  }
  await ok(
    await request.post(`/api/events/${eventId}/registrations/bulk`, {
      headers: SAME_ORIGIN,
      data: { action: 'approve', registrationIds },
    }),
  );
  for (const [s, sessionId] of sessionIds.entries()) {
    const records = people.map((person, i) => ({
      participantId: participantIds[i],
      status: s < person.attended ? 'present' : 'absent',
    }));
    await ok(
      await request.put(`/api/events/${eventId}/sessions/${sessionId}/attendance`, {
        headers: SAME_ORIGIN,
        data: { records },
      }),
    );
  }

  const templateName = `Attendance ${m}`;
  const template = await ok(
    await request.post('/api/certificate-templates', {
      headers: SAME_ORIGIN,
      data: {
        name: templateName,
        languageMode: 'ar_en',
        elements: [
          {
            id: 'name',
            kind: 'text',
            x: 20,
            y: 60,
            width: 257,
            height: 16,
            fontSize: 22,
            text: { ar: '{{name}}', en: '{{name}}' },
          },
          {
            id: 'event',
            kind: 'text',
            x: 20,
            y: 90,
            width: 257,
            height: 16,
            text: { ar: 'حضر {{event}}', en: 'attended {{event}}' },
          },
          { id: 'qr', kind: 'qr', x: 245, y: 160, width: 30, height: 30 },
        ],
      },
    }),
    201,
  );
  if (issue) {
    // The rule (80 %, this template, no emails) and the certificates, issued to the end.
    await ok(
      await request.put(`/api/events/${eventId}/certificate-rule`, {
        headers: SAME_ORIGIN,
        data: { minAttendancePercent: 80, templateId: template.id, emailParticipants: false },
      }),
    );
    const accepted = (await ok(
      await request.post(`/api/events/${eventId}/certificates/issue`, {
        headers: SAME_ORIGIN,
        data: {},
      }),
      202,
    )) as unknown as { job: { id: string } };
    await expect
      .poll(
        async () =>
          ((await (await request.get(`/api/jobs/${accepted.job.id}`)).json()) as { status: string })
            .status,
        { timeout: 60_000 },
      )
      .toBe('completed');
  }
  await request.dispose();
  return { eventId, templateName, people };
}
