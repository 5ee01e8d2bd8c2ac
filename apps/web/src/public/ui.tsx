import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/problem';

/** The message for any error: the API's translated `detail`, or a generic one. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ProblemError) return error.detail || t('errors.unexpected');
    if (error instanceof TypeError) return t('errors.network');
    return t('errors.unexpected');
  };
}

export function ErrorAlert({
  error,
  title,
  onRetry,
  details,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  /** Field errors that matched no form field. */
  details?: { path: string; message: string }[];
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <div className="alert alert-red" role="alert">
      <p className="alert-title">{title ?? t('errors.title')}</p>
      <p>{message(error)}</p>
      {details && details.length > 0 && (
        <ul className="small">
          {details.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>
              {detail.path ? `${detail.path}: ` : ''}
              {detail.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button-small button-light" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}

/** Grey blocks where content will be, announced as loading. */
export function Loading({ heights }: { heights: number[] }) {
  const { t } = useTranslation();
  return (
    <div className="stack" aria-busy="true" aria-label={t('common.loading')}>
      {heights.map((height, i) => (
        <div key={i} className="skeleton" style={{ height }} />
      ))}
    </div>
  );
}

export function Badge({ outline, children }: { outline?: boolean; children: ReactNode }) {
  return <span className={outline ? 'badge badge-outline' : 'badge'}>{children}</span>;
}
