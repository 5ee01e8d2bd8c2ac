import { Alert, Button, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/problem';

/** The message to show for any error: the API's translated `detail`, or a generic one. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (error instanceof ProblemError) return error.detail || t('errors.unexpected');
    if (error instanceof TypeError) return t('errors.network');
    return t('errors.unexpected');
  };
}

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  /** Field errors that matched no form field. */
  details?: { path: string; message: string }[];
}

export function ErrorAlert({ error, title, onRetry, details }: ErrorAlertProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      {message(error)}
      {details && details.length > 0 && (
        <List size="sm" mt="xs">
          {details.map((detail) => (
            <List.Item key={`${detail.path}:${detail.message}`}>
              {detail.path ? `${detail.path}: ` : ''}
              {detail.message}
            </List.Item>
          ))}
        </List>
      )}
      {onRetry && (
        <Button mt="sm" size="xs" variant="white" color="red" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      )}
    </Alert>
  );
}
