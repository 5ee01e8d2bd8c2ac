import { Button, Container, Group, Stack, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';

/** The generic error boundary of every route. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>{t('errors.pageTitle')}</Title>
        <ErrorAlert error={error} />
        <Group>
          <Button
            onClick={() => {
              queryReset.reset();
              reset();
              void router.invalidate();
            }}
          >
            {t('actions.retry')}
          </Button>
          <Button variant="default" onClick={() => void router.navigate({ to: '/packages' })}>
            {t('notFound.back')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
