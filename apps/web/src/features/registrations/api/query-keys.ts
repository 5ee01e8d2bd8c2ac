import type { ListRegistrationsParams } from './list-registrations';

/** Query keys of an event's registration endpoints. */
export const registrationKeys = {
  event: (eventId: string) => ['registrations', eventId] as const,
  lists: (eventId: string) => [...registrationKeys.event(eventId), 'list'] as const,
  list: (eventId: string, query: ListRegistrationsParams) =>
    [...registrationKeys.lists(eventId), query] as const,
  quotas: (eventId: string) => [...registrationKeys.event(eventId), 'quotas'] as const,
  form: (eventId: string) => [...registrationKeys.event(eventId), 'form'] as const,
  codes: (eventId: string) => [...registrationKeys.event(eventId), 'codes'] as const,
  setAside: (eventId: string) => [...registrationKeys.event(eventId), 'set-aside'] as const,
};
