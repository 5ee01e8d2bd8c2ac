import type { ImportReport } from '@multaqa/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postFile } from '../../../lib/upload';
import { participantKeys } from './participants';

/** GET /api/participants/import/template.xlsx — a file the browser downloads. */
export const IMPORT_TEMPLATE_URL = '/api/participants/import/template.xlsx';

/** POST /api/participants/import/preview with the file as the body → what each row would do. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (file: File) => postFile<ImportReport>('/api/participants/import/preview', file),
  });
}

/** POST /api/participants/import/commit → the same report, with `created` (one transaction). */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => postFile<ImportReport>('/api/participants/import/commit', file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantKeys.all }),
  });
}
