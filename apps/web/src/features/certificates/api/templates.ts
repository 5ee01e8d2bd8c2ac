import type {
  CertificateAsset,
  CertificateTemplateDesign,
  CertificateTemplate,
} from '@multaqa/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { postMultipart } from '../../../lib/upload';
import { toProblemError } from '../../../lib/problem';
import { certificateKeys } from './query-keys';

/** GET /api/certificate-templates → every template, archived ones too. */
export const templatesQueryOptions = queryOptions({
  queryKey: certificateKeys.templates,
  queryFn: async () =>
    (await unwrap(api.GET('/api/certificate-templates'))).items as CertificateTemplate[],
});

export function templateQueryOptions(id: string) {
  return queryOptions({
    queryKey: certificateKeys.template(id),
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/certificate-templates/{id}', { params: { path: { id } } }),
      )) as CertificateTemplate,
  });
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CertificateTemplateDesign) =>
      (await unwrap(api.POST('/api/certificate-templates', { body }))) as CertificateTemplate,
    onSuccess: (template) => {
      queryClient.setQueryData(certificateKeys.template(template.id), template);
      return queryClient.invalidateQueries({ queryKey: certificateKeys.templates, exact: true });
    },
  });
}

export function useUpdateTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Partial<CertificateTemplateDesign> & { archived?: boolean }) =>
      (await unwrap(
        api.PATCH('/api/certificate-templates/{id}', { params: { path: { id } }, body }),
      )) as CertificateTemplate,
    onSuccess: (template) => {
      queryClient.setQueryData(certificateKeys.template(id), template);
      return queryClient.invalidateQueries({ queryKey: certificateKeys.templates, exact: true });
    },
  });
}

/** DELETE answers 409 for a template certificates were issued with: it can only be archived. */
export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/certificate-templates/{id}', { params: { path: { id } } })),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: certificateKeys.templates, exact: true }),
  });
}

/** POST /api/certificate-assets (multipart `file`, PNG or JPEG up to 2 MB). */
export function uploadAsset(file: File): Promise<CertificateAsset> {
  return postMultipart<CertificateAsset>('/api/certificate-assets', 'file', file);
}

/** The image of an uploaded asset (staff only), for the editor. */
export function assetUrl(id: string): string {
  return `/api/certificate-assets/${encodeURIComponent(id)}`;
}

/**
 * POST /api/certificate-templates/preview → the PDF of the design as it stands (saved or not),
 * with a real participant of `eventId` when given. openapi-fetch reads JSON only: plain fetch.
 */
export async function fetchPreview(
  design: CertificateTemplateDesign,
  eventId: string | undefined,
  signal: AbortSignal,
): Promise<Blob> {
  const response = await fetch('/api/certificate-templates/preview', {
    method: 'POST',
    credentials: 'include',
    signal,
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/pdf, application/problem+json',
      'Accept-Language': document.documentElement.lang || 'ar',
    },
    body: JSON.stringify(eventId ? { design, eventId } : { design }),
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw toProblemError(body, response);
  }
  return response.blob();
}
