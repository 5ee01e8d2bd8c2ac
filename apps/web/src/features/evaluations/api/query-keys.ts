export const evaluationKeys = {
  bank: (packageId: string) => ['evaluations', 'bank', packageId] as const,
  event: (eventId: string) => ['evaluations', 'event', eventId] as const,
  eventList: (eventId: string) => ['evaluations', 'event', eventId, 'list'] as const,
  results: (eventId: string) => ['evaluations', 'event', eventId, 'results'] as const,
  mine: ['evaluations', 'mine'] as const,
  myForm: (evaluationId: string) => ['evaluations', 'mine', evaluationId] as const,
  publicForm: (token: string) => ['evaluations', 'public', token] as const,
};
