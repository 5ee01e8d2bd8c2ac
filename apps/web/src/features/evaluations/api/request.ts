import { toProblemError } from '../../../lib/problem';

/**
 * A JSON request to the API with the same cookie, language and error handling as the generated
 * client (lib/api-client.ts), typed by the contract's zod types: the evaluation endpoints were
 * written at the same time as these screens, before their OpenAPI paths were generated.
 */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': document.documentElement.lang || 'ar',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    credentials: 'include',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) throw toProblemError(data, response);
  return data as T;
}

/** A path segment from a value the user or a link chose. */
export const seg = (value: string) => encodeURIComponent(value);
