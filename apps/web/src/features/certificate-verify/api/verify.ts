import type { PublicCertificate, SigningKeySet } from '@multaqa/contract';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { isProblemError } from '../../../lib/problem';

/** GET /api/public/certificates/:serial (no sign-in): what it shows and its status; null when unknown. */
export function publicCertificateQueryOptions(serial: string) {
  return queryOptions({
    queryKey: ['public-certificates', serial],
    queryFn: async (): Promise<PublicCertificate | null> => {
      try {
        return (await unwrap(
          api.GET('/api/public/certificates/{serial}', { params: { path: { serial } } }),
        )) as PublicCertificate;
      } catch (error) {
        if (isProblemError(error, 404)) return null;
        throw error;
      }
    },
    retry: (count, error) => !isProblemError(error) && count < 2,
  });
}

/** GET /api/public/signing-keys: every key that ever signed, old ones too. */
export const publishedKeysQueryOptions = queryOptions({
  queryKey: ['signing-keys', 'public'],
  queryFn: async () => (await unwrap(api.GET('/api/public/signing-keys'))) as SigningKeySet,
  staleTime: 60 * 60 * 1000,
});
