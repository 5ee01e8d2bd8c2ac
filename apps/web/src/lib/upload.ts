import { toProblemError } from './problem';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the API expects for an uploaded table: CSV or XLSX. */
export function tableFileType(file: File): string {
  return file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv'
    ? 'text/csv'
    : XLSX_TYPE;
}

/**
 * POSTs a file as the raw request body (openapi-fetch speaks JSON only) and returns the JSON
 * answer, or throws a ProblemError with the API's translated detail.
 */
export async function postFile<T>(url: string, file: File): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    body: file,
    credentials: 'include',
    headers: {
      'Content-Type': tableFileType(file),
      Accept: 'application/json',
      'Accept-Language': document.documentElement.lang || 'ar',
    },
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toProblemError(body, response);
  return body as T;
}

/**
 * POSTs a file as a multipart form (field `field`), as the image uploads take it, and returns the
 * JSON answer, or throws a ProblemError with the API's translated detail.
 */
export async function postMultipart<T>(url: string, field: string, file: File): Promise<T> {
  const form = new FormData();
  form.append(field, file);
  const response = await fetch(url, {
    method: 'POST',
    body: form,
    credentials: 'include',
    headers: {
      Accept: 'application/json',
      'Accept-Language': document.documentElement.lang || 'ar',
    },
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toProblemError(body, response);
  return body as T;
}
