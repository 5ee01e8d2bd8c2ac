import type { CertificateTemplate, Job } from '@multaqa/contract';
import { expect } from '@jest/globals';
import { defaultCertificateDesign } from '../../src/documents/certificate.js';
import type { Agent } from './fixtures.js';
import type { TestApp } from './test-app.js';

/** The default template, created by an admin. */
export async function defaultTemplate(admin: Agent): Promise<CertificateTemplate> {
  const res = await admin.post('/api/certificate-templates').send(defaultCertificateDesign());
  expect(res.status).toBe(201);
  return res.body as CertificateTemplate;
}

/**
 * Marks attendance straight in the database: person i attended the first `attended[i]` of the
 * sessions (present), and was absent from the rest.
 */
export async function attend(
  t: TestApp,
  eventId: string,
  sessionIds: string[],
  people: { participantId: string; registrationId: string }[],
  attended: (i: number) => number,
): Promise<void> {
  const rows = people.flatMap((p, i) =>
    sessionIds.map((sessionId, s) => ({
      sessionId,
      participantId: p.participantId,
      registrationId: p.registrationId,
      status: s < attended(i) ? 'present' : 'absent',
    })),
  );
  await t.db.query(
    `INSERT INTO attendance_records (event_id, session_id, participant_id, registration_id, status, method, taken_at)
     SELECT $1, k.session_id, k.participant_id, k.registration_id, k.status, 'roster', now()
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::attendance_status[])
            AS k(session_id, participant_id, registration_id, status)`,
    [
      eventId,
      rows.map((r) => r.sessionId),
      rows.map((r) => r.participantId),
      rows.map((r) => r.registrationId),
      rows.map((r) => r.status),
    ],
  );
}

/** Waits (up to `ms`) until the job is completed or failed; returns it. */
export async function finishedJob(agent: Agent, jobId: string, ms = 120_000): Promise<Job> {
  const deadline = Date.now() + ms;
  for (;;) {
    const job = (await agent.get(`/api/jobs/${jobId}`).expect(200)).body as Job;
    if (job.status === 'completed' || job.status === 'failed') return job;
    if (Date.now() > deadline)
      throw new Error(`Job ${jobId} still ${job.status} (${job.done}/${job.total})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The counter part of each serial (MQ-YYYY-NNNNN-C → NNNNN), sorted. */
export const serialNumbers = (serials: string[]) =>
  serials.map((s) => Number(s.split('-')[2])).sort((a, b) => a - b);

/** True when the numbers are first, first+1, …, with nothing missing or repeated. */
export const contiguous = (numbers: number[]) =>
  numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
