import { Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { signingKeysQueryOptions, useRotateSigningKey } from '../api/signing-keys';

/** The keys that sign badges: which one signs now, which are retired, and rotating. */
export function SigningKeysPanel() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(signingKeysQueryOptions);
  const rotate = useRotateSigningKey();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  // Mantine's toast close button has no name of its own.
  const closeButtonProps = { 'aria-label': t('actions.close') };

  return (
    <Card withBorder component="section" aria-labelledby="signing-keys-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="signing-keys-title">
            {t('signingKeys.title')}
          </Title>
          <Button variant="light" color="red" onClick={() => setConfirming(true)}>
            {t('signingKeys.rotate')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('signingKeys.intro')}
        </Text>
        {query.isPending ? (
          <Skeleton height={80} aria-busy="true" aria-label={t('common.loading')} />
        ) : query.isError ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.keys.length === 0 ? (
          <EmptyState title={t('signingKeys.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table aria-label={t('signingKeys.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('signingKeys.columns.kid')}</Table.Th>
                  <Table.Th scope="col">{t('signingKeys.columns.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.keys.map((key) => (
                  <Table.Tr key={key.kid}>
                    <Table.Td>
                      <Text ff="monospace" size="sm" dir="ltr" ta="start">
                        {key.kid}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {key.retiredAt ? (
                        <Text size="sm" c="dimmed">
                          {t('signingKeys.retired', { date: formatDateTime(key.retiredAt, lang) })}
                        </Text>
                      ) : (
                        <Badge color="teal" variant="light">
                          {t('signingKeys.current')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('signingKeys.confirmTitle')}
        message={t('signingKeys.confirmMessage')}
        confirmLabel={t('signingKeys.rotate')}
        danger
        loading={rotate.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notifications.show({
                color: 'teal',
                message: t('signingKeys.rotated'),
                closeButtonProps,
              });
            },
            onError: (error) =>
              notifications.show({ color: 'red', message: errorMessage(error), closeButtonProps }),
          })
        }
      />
    </Card>
  );
}
