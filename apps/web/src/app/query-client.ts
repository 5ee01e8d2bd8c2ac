import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isProblemError, ProblemError } from '../lib/problem';
import { meQueryKey } from '../lib/session';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** false for requests whose 401 means "wrong password", not "session expired" (sign-in). */
      redirectOnUnauthorized?: boolean;
    };
  }
}

/** A 401 from any query or mutation means the session is gone: forget the user and go to sign-in. */
export function createQueryClient(onUnauthorized: () => void): QueryClient {
  const handleUnauthorized = () => {
    queryClient.setQueryData(meQueryKey, null);
    onUnauthorized();
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isProblemError(error, 401)) handleUnauthorized();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isProblemError(error, 401) && mutation.meta?.redirectOnUnauthorized !== false)
          handleUnauthorized();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors (404, 403…) will not change on retry; network and 5xx might.
        retry: (failureCount, error) =>
          !(error instanceof ProblemError && error.status < 500) && failureCount < 2,
      },
    },
  });
  return queryClient;
}
