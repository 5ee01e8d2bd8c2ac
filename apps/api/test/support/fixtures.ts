import type { CreateEventInput, Event, TrainingPackage } from '@multaqa/contract';
import { expect } from '@jest/globals';
import { socialMediaPackage } from '../../src/database/seed/demo-data.js';
import type { TestApp } from './test-app.js';

export type Agent = Awaited<ReturnType<TestApp['signIn']>>['agent'];

export async function publishedPackage(agent: Agent): Promise<TrainingPackage> {
  const created = await agent.post('/api/training-packages').send(socialMediaPackage).expect(201);
  const published = await agent
    .post(`/api/training-packages/${created.body.id}/publish`)
    .expect(200);
  return published.body as TrainingPackage;
}

let venueCounter = 0;

/** A Mogadishu training in its own venue, so tests do not collide on rooms unless they mean to. */
export function trainingInput(
  packageId: string,
  overrides: Partial<CreateEventInput> = {},
): CreateEventInput {
  venueCounter += 1;
  return {
    kind: 'training',
    packageId,
    title: { en: `Mogadishu delivery ${venueCounter}`, ar: 'تدريب مقديشو' },
    venue: `Venue ${Date.now()}-${venueCounter}`,
    city: 'Mogadishu',
    countryCode: 'SO',
    timeZone: 'Africa/Mogadishu',
    startDate: '2020-01-12',
    endDate: '2020-01-16',
    languages: ['ar', 'en'],
    capacity: 60,
    ...overrides,
  };
}

export async function createEvent(agent: Agent, input: CreateEventInput): Promise<Event> {
  const res = await agent.post('/api/events').send(input);
  expect(res.status).toBe(201);
  return res.body as Event;
}

/**
 * A training open for registration: its form (no approval step unless asked for) and quotas set,
 * then moved to registration_open.
 */
export async function openEvent(
  coordinator: Agent,
  packageId: string,
  {
    capacity,
    form = {},
    quotas = [],
  }: { capacity: number; form?: Record<string, unknown>; quotas?: unknown[] },
): Promise<Event> {
  const event = await createEvent(coordinator, trainingInput(packageId, { capacity }));
  await coordinator
    .put(`/api/events/${event.id}/registration-form`)
    .send({ approvalRequired: false, ...form })
    .expect(200);
  if (quotas.length)
    await coordinator.put(`/api/events/${event.id}/quotas`).send({ quotas }).expect(200);
  await coordinator
    .post(`/api/events/${event.id}/transitions`)
    .send({ to: 'registration_open' })
    .expect(201);
  return event;
}
