/** Query keys of the attendance endpoints, so a mark refreshes the roster, the counts and the rates. */
export const attendanceKeys = {
  all: ['attendance'] as const,
  event: (eventId: string) => [...attendanceKeys.all, 'event', eventId] as const,
  rates: (eventId: string) => [...attendanceKeys.event(eventId), 'rates'] as const,
  conflicts: (eventId: string) => [...attendanceKeys.event(eventId), 'conflicts'] as const,
  doorStaff: (eventId: string) => [...attendanceKeys.event(eventId), 'door-staff'] as const,
  roster: (eventId: string, sessionId: string) =>
    [...attendanceKeys.event(eventId), 'roster', sessionId] as const,
  mySessions: () => [...attendanceKeys.all, 'my-sessions'] as const,
};
