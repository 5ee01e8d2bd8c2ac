import type { InstitutionRef, ReportDashboard } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../../../lib/api-client';

type Ref = Pick<InstitutionRef, 'id' | 'name' | 'countryCode'>;

/**
 * The institution a shared link filters by, to label the picker. A ministry is among the
 * figures already; an institution under one is not (the figures fold it into its ministry), so
 * it is read from GET /api/institutions/{id}.
 */
export function useChosenInstitution(
  institutionId: string | undefined,
  dashboard: ReportDashboard | undefined,
): Ref | null {
  const row = dashboard?.byInstitution.find((r) => r.institutionId === institutionId);
  // Kept while the figures are: the picker recomputes its options when this changes.
  const inFigures = useMemo(
    () =>
      row?.institutionId && row.name
        ? { id: row.institutionId, name: row.name, countryCode: row.countryCode ?? '' }
        : null,
    [row],
  );
  const query = useQuery({
    queryKey: ['institutions', 'detail', institutionId],
    queryFn: () =>
      unwrap(api.GET('/api/institutions/{id}', { params: { path: { id: institutionId! } } })),
    enabled: !!institutionId && !!dashboard && !inFigures,
  });
  return inFigures ?? (query.data && institutionId ? query.data : null);
}
