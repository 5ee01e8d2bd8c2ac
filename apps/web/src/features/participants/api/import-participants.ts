import type { ImportReport, JobAccepted, Language } from '@multaqa/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postFile } from '../../../lib/upload';

/**
 * GET /api/participants/import/template.xlsx?lang= — a file the browser downloads, with headers
 * in the page's language (the import reads them in any of the three).
 */
export const importTemplateUrl = (lang: Language) =>
  `/api/participants/import/template.xlsx?lang=${lang}`;

/** POST /api/participants/import/preview with the file as the body → what each row would do. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (file: File) => postFile<ImportReport>('/api/participants/import/preview', file),
  });
}

/**
 * POST /api/participants/import/commit → the same report, with `created` (one transaction),
 * or for a large file 202 with a background job whose progress the page follows.
 * With an event: POST /api/events/:eventId/registrations/import, which also registers the
 * people for it and says how many (`registered`).
 */
export function useCommitImport(eventId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      postFile<ImportReport | JobAccepted>(
        eventId ? `/api/events/${eventId}/registrations/import` : '/api/participants/import/commit',
        file,
      ),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
