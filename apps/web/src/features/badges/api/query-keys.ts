/** Query keys of the badge endpoints. */
export const badgeKeys = {
  event: (eventId: string) => ['badges', eventId] as const,
  list: (eventId: string) => [...badgeKeys.event(eventId), 'list'] as const,
  approved: (eventId: string, q: string | undefined, page: number) =>
    [...badgeKeys.event(eventId), 'approved', { q, page }] as const,
  signingKeys: ['signing-keys'] as const,
};
