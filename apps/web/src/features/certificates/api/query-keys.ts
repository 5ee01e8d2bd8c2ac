/** Query keys of the certificate endpoints. */
export const certificateKeys = {
  all: ['certificates'] as const,
  templates: ['certificates', 'templates'] as const,
  template: (id: string) => ['certificates', 'templates', id] as const,
  event: (eventId: string) => ['certificates', 'event', eventId] as const,
  rule: (eventId: string) => [...certificateKeys.event(eventId), 'rule'] as const,
  eligibility: (eventId: string) => [...certificateKeys.event(eventId), 'eligibility'] as const,
  list: (eventId: string, params: object) =>
    [...certificateKeys.event(eventId), 'list', params] as const,
  mine: ['certificates', 'mine'] as const,
};
