import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@multaqa/contract/openapi';
import { toProblemError } from './problem';

/** Every request says which language the person reads, so `detail` and field messages come back translated. */
const languageMiddleware: Middleware = {
  onRequest({ request }) {
    // i18next keeps <html lang> in step with the UI language (see lib/i18n.ts).
    request.headers.set('Accept-Language', document.documentElement.lang || 'ar');
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });
api.use(languageMiddleware);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the body of a successful response, or throws a ProblemError. */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok || error !== undefined) throw toProblemError(error, response);
  return data as T;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The JSON body an endpoint takes, from the generated OpenAPI types. */
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody: { content: { 'application/json': infer B } } }
    ? B
    : Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } }
      ? B
      : never;

/** The query parameters an endpoint takes, from the generated OpenAPI types. */
export type QueryParams<P extends keyof paths, M extends Method> = NonNullable<
  Operation<P, M>['parameters']['query']
>;
