import {
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { EMAIL_STATUSES, type EmailMessage } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert';
import { TablePagination } from '../../../components/table-pagination';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage, directionOf } from '../../../lib/i18n';
import {
  emailQueryOptions,
  listEmailsQueryOptions,
  OUTBOX_PAGE_SIZE,
  useRetryEmail,
} from '../api/outbox';

type EmailStatus = EmailMessage['status'];
const COLORS: Record<EmailStatus, string> = {
  queued: 'blue',
  held: 'yellow',
  sent: 'teal',
  failed: 'red',
};

/** `/outbox` (admins): every email, its status and last error; read one; retry failed or held. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  // A kind of message without a name yet still shows, as the API spells it.
  const templateName = (template: string) =>
    t(`outbox.templates.${template}`, { defaultValue: template });
  const lang = currentLanguage(i18n);
  const [status, setStatus] = useState<EmailStatus | undefined>();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 350);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const [retrying, setRetrying] = useState<EmailMessage | null>(null);
  const retry = useRetryEmail();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('outbox.title'));

  const query = useQuery(
    listEmailsQueryOptions({
      status,
      q: debouncedQ || undefined,
      page,
      pageSize: OUTBOX_PAGE_SIZE,
    }),
  );

  return (
    <Stack gap="md">
      <Title order={1}>{t('outbox.title')}</Title>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('outbox.filters.label')}>
        <TextInput
          type="search"
          label={t('outbox.filters.search')}
          placeholder={t('outbox.filters.searchPlaceholder')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 280 }}
        />
        <NativeSelect
          label={t('outbox.filters.status')}
          value={status ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setStatus(EMAIL_STATUSES.find((s) => s === v));
            setPage(1);
          }}
          data={[
            { value: '', label: t('outbox.filters.all') },
            ...EMAIL_STATUSES.map((s) => ({ value: s, label: t(`outbox.status.${s}`) })),
          ]}
        />
      </Group>
      {query.isPending ? (
        <Skeleton height={200} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('outbox.empty')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover aria-label={t('outbox.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  {(['to', 'subject', 'template', 'status', 'createdAt', 'actions'] as const).map(
                    (c) => (
                      <Table.Th key={c} scope="col">
                        {t(`outbox.columns.${c}`)}
                      </Table.Th>
                    ),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td dir="ltr">{m.to}</Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        lang={m.language}
                        dir={directionOf(m.language)}
                        truncate
                        maw={280}
                      >
                        {m.subject}
                      </Text>
                    </Table.Td>
                    <Table.Td>{templateName(m.template)}</Table.Td>
                    <Table.Td>
                      <Badge color={COLORS[m.status]} variant="light">
                        {t(`outbox.status.${m.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(m.createdAt, lang)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="subtle" onClick={() => setOpenId(m.id)}>
                          {t('outbox.open')}
                        </Button>
                        {(m.status === 'failed' || m.status === 'held') && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="orange"
                            onClick={() => setRetrying(m)}
                          >
                            {t('outbox.retry')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <TablePagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onChange={setPage}
          />
        </>
      )}
      <Modal
        opened={openId !== null}
        onClose={() => setOpenId(null)}
        title={t('outbox.detailTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        {openId && <EmailDetail id={openId} />}
      </Modal>
      <ConfirmDialog
        opened={retrying !== null}
        title={t('outbox.retryTitle')}
        message={retrying ? t('outbox.retryMessage', { to: retrying.to }) : ''}
        confirmLabel={t('outbox.retry')}
        loading={retry.isPending}
        onClose={() => setRetrying(null)}
        onConfirm={() =>
          retrying &&
          retry.mutate(retrying.id, {
            onSuccess: () => {
              setRetrying(null);
              notifications.show({ color: 'teal', message: t('outbox.retried') });
            },
            onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
          })
        }
      />
    </Stack>
  );
}

function EmailDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(emailQueryOptions(id));
  if (query.isPending) return <Skeleton height={160} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const m = query.data;
  const dir = directionOf(m.language);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('outbox.columns.to')}: <span dir="ltr">{m.to}</span>
      </Text>
      <Text size="sm">
        {t('outbox.columns.status')}: {t(`outbox.status.${m.status}`)} ·{' '}
        {t('outbox.attempts', { count: m.attempts })}
        {m.sentAt && ` · ${t('outbox.sentAt', { date: formatDateTime(m.sentAt, lang) })}`}
      </Text>
      {m.lastError && (
        <Text size="sm" c="red.8" dir="ltr" ta="start">
          {m.lastError}
        </Text>
      )}
      <Text fw={700} lang={m.language} dir={dir}>
        {m.subject}
      </Text>
      <Text
        component="pre"
        lang={m.language}
        dir={dir}
        size="sm"
        style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}
      >
        {m.text}
      </Text>
    </Stack>
  );
}
