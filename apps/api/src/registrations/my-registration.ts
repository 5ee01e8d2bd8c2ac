import type { MyRegistration, RegistrationStatus } from '@multaqa/contract';
import type { EntityManager } from 'typeorm';
import { RegistrationEntity } from './entities/registration.entity.js';
import type { RegistrationFlow } from './registration-flow.js';

/** A registration as its participant sees it (portal, confirmation page). */
export async function myRegistration(
  manager: EntityManager,
  flow: RegistrationFlow,
  id: string,
): Promise<MyRegistration> {
  const r = await manager
    .getRepository(RegistrationEntity)
    .findOneOrFail({ where: { id }, relations: { event: true } });
  return {
    id: r.id,
    status: r.status as RegistrationStatus,
    waitlistPosition: await flow.waitlistPosition(manager, r),
    event: {
      id: r.event.id,
      title: r.event.title,
      city: r.event.city,
      countryCode: r.event.countryCode,
      timeZone: r.event.timeZone,
      startDate: r.event.startDate,
      endDate: r.event.endDate,
      status: r.event.status,
    },
    createdAt: r.createdAt.toISOString(),
  };
}
