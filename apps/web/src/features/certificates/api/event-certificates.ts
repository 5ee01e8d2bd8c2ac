import type {
  CertificateRule,
  CertificateStatus,
  Certificate,
  Eligibility,
  Job,
} from '@multaqa/contract';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { certificateKeys } from './query-keys';

export function ruleQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: certificateKeys.rule(eventId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/events/{eventId}/certificate-rule', { params: { path: { eventId } } }),
        )
      ).rule,
  });
}

export function useSaveRule(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CertificateRule) =>
      unwrap(
        api.PUT('/api/events/{eventId}/certificate-rule', {
          params: { path: { eventId } },
          body,
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(certificateKeys.rule(eventId), saved.rule);
      return queryClient.invalidateQueries({ queryKey: certificateKeys.eligibility(eventId) });
    },
  });
}

/** Everyone approved, whether they qualify and why not. */
export function eligibilityQueryOptions(eventId: string) {
  return queryOptions({
    queryKey: certificateKeys.eligibility(eventId),
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/events/{eventId}/certificates/eligibility', {
          params: { path: { eventId } },
        }),
      )) as Eligibility,
  });
}

/** POST …/certificates/issue → 202 with the job that issues them. */
export function useIssueCertificates(eventId: string) {
  return useMutation({
    mutationFn: async () =>
      (
        await unwrap(
          api.POST('/api/events/{eventId}/certificates/issue', {
            params: { path: { eventId } },
            body: {},
          }),
        )
      ).job as Job,
  });
}

export interface CertificateListParams {
  page: number;
  q?: string;
  status?: CertificateStatus;
}

export const CERTIFICATES_PAGE_SIZE = 20;

export function certificatesQueryOptions(eventId: string, params: CertificateListParams) {
  return queryOptions({
    queryKey: certificateKeys.list(eventId, params),
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/events/{eventId}/certificates', {
          params: {
            path: { eventId },
            query: { ...params, pageSize: CERTIFICATES_PAGE_SIZE },
          },
        }),
      )) as { items: Certificate[]; page: number; pageSize: number; total: number },
    placeholderData: keepPreviousData,
  });
}

/** After issuing, revoking or re-issuing: the tab's lists and counts. */
export function useRefreshEventCertificates(eventId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: certificateKeys.event(eventId) });
}

export function useRevokeCertificate(eventId: string) {
  const refresh = useRefreshEventCertificates(eventId);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        api.POST('/api/certificates/{id}/revoke', { params: { path: { id } }, body: { reason } }),
      ),
    onSuccess: refresh,
  });
}

export function useReissueCertificate(eventId: string) {
  const refresh = useRefreshEventCertificates(eventId);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        api.POST('/api/certificates/{id}/reissue', { params: { path: { id } }, body: { reason } }),
      ),
    onSuccess: refresh,
  });
}

/** The PDF of one certificate (staff of the event, or the participant themself). */
export function certificatePdfUrl(id: string): string {
  return `/api/certificates/${encodeURIComponent(id)}/pdf`;
}

/** Every valid certificate of the event, as one ZIP. */
export function certificatesZipUrl(eventId: string): string {
  return `/api/events/${encodeURIComponent(eventId)}/certificates.zip`;
}

/** The Open Badges 3.0 credential of a certificate (a signed VC-JWT). */
export function credentialUrl(id: string): string {
  return `/api/certificates/${encodeURIComponent(id)}/credential`;
}

/** GET /api/me/certificates */
export const myCertificatesQueryOptions = queryOptions({
  queryKey: certificateKeys.mine,
  queryFn: async () => (await unwrap(api.GET('/api/me/certificates'))).items as Certificate[],
});
