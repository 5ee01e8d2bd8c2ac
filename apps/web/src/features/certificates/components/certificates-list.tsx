import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CERTIFICATE_STATUSES, type Certificate, type CertificateStatus } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { SearchField } from '../../../components/search-field';
import { TablePagination } from '../../../components/table-pagination';
import { formatDateTimeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { namesFor } from '../../../lib/person-names';
import {
  certificatePdfUrl,
  certificatesQueryOptions,
  certificatesZipUrl,
  useReissueCertificate,
  useRevokeCertificate,
} from '../api/event-certificates';
import { ReasonDialog, type ReasonAction } from './reason-dialog';

const isolate = (text: string) => `\u2066${text}\u2069`;

/** The event's certificates: paged, searchable, by status; download, revoke, re-issue. */
export function CertificatesList({
  eventId,
  timeZone,
  canManage,
}: {
  eventId: string;
  timeZone: string;
  /** Admins revoke and re-issue. */
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [q, setQ] = useState<string | undefined>();
  const [status, setStatus] = useState<CertificateStatus | undefined>();
  const [page, setPage] = useState(1);
  const [acting, setActing] = useState<{ action: ReasonAction; certificate: Certificate } | null>(
    null,
  );
  const query = useQuery(certificatesQueryOptions(eventId, { page, q, status }));
  const everyone = useQuery(certificatesQueryOptions(eventId, { page: 1 })).data?.total ?? 0;
  const revoke = useRevokeCertificate(eventId);
  const reissue = useReissueCertificate(eventId);
  const items = query.data?.items ?? [];

  const nameOf = (c: Certificate) => namesFor(c.claims, lang);

  return (
    <Stack gap="sm">
      <Group
        align="flex-end"
        gap="sm"
        wrap="wrap"
        role="search"
        aria-label={t('certificates.list.search')}
      >
        <SearchField
          label={t('certificates.list.search')}
          placeholder={t('certificates.list.searchPlaceholder')}
          value={q}
          onSearch={(text) => {
            setQ(text || undefined);
            setPage(1);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        <NativeSelect
          label={t('certificates.list.status')}
          value={status ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setStatus(CERTIFICATE_STATUSES.find((s) => s === value));
            setPage(1);
          }}
          data={[
            { value: '', label: t('certificates.list.allStatuses') },
            ...CERTIFICATE_STATUSES.map((value) => ({
              value,
              label: t(`certificates.status.${value}`),
            })),
          ]}
          w={{ base: '100%', sm: 200 }}
        />
        {everyone > 0 && (
          <Button component="a" href={certificatesZipUrl(eventId)} download variant="light">
            {t('certificates.list.downloadAll')}
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <Text size="sm" c="dimmed" aria-busy="true">
          {t('common.loading')}
        </Text>
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={
            everyone === 0 ? t('certificates.list.emptyTitle') : t('certificates.list.noMatches')
          }
          description={everyone === 0 ? t('certificates.list.emptyDescription') : undefined}
        />
      ) : (
        <>
          <Text size="xs" c="dimmed">
            {t('certificates.list.sorted')}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label={t('certificates.list.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('certificates.columns.serial')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.columns.status')}</Table.Th>
                  <Table.Th scope="col">
                    {t('certificates.columns.issuedAt')}
                    <Text component="span" display="block" size="xs" c="dimmed" fw={400}>
                      {t('badges.eventTime')}
                    </Text>
                  </Table.Th>
                  <Table.Th scope="col">{t('certificates.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => {
                  const { main, other } = nameOf(c);
                  return (
                    <Table.Tr key={c.id} data-testid="certificate-row">
                      <Table.Td>
                        <Text
                          size="sm"
                          ff="monospace"
                          dir="ltr"
                          ta="start"
                          style={{ whiteSpace: 'nowrap' }}
                        >
                          {c.serial}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {main}
                        </Text>
                        {other && (
                          <Text size="xs" c="dimmed">
                            {other}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={c.status === 'valid' ? 'teal' : 'red'} variant="light">
                          {t(`certificates.status.${c.status}`)}
                        </Badge>
                        {c.status === 'revoked' && (
                          <Stack gap={0} mt={4}>
                            {c.revocationReason && (
                              <Text size="xs">
                                {t('certificates.list.reason', { reason: c.revocationReason })}
                              </Text>
                            )}
                            {c.revokedAt && (
                              <Text size="xs" c="dimmed">
                                {formatDateTimeInZone(c.revokedAt, lang, timeZone)}
                              </Text>
                            )}
                            {c.replacedBySerial && (
                              <Text size="xs" c="dimmed">
                                {t('certificates.list.replacedBy', {
                                  serial: isolate(c.replacedBySerial),
                                })}
                              </Text>
                            )}
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTimeInZone(c.issuedAt, lang, timeZone)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Anchor
                            href={certificatePdfUrl(c.id)}
                            download
                            size="sm"
                            aria-label={t('certificates.list.downloadNamed', { name: main })}
                          >
                            {t('certificates.list.download')}
                          </Anchor>
                          {canManage && c.status === 'valid' && (
                            <>
                              <Button
                                size="xs"
                                variant="subtle"
                                onClick={() => {
                                  reissue.reset();
                                  setActing({ action: 'reissue', certificate: c });
                                }}
                                aria-label={t('certificates.reissue.named', { name: main })}
                              >
                                {t('certificates.reissue.action')}
                              </Button>
                              <Button
                                size="xs"
                                variant="subtle"
                                color="red"
                                onClick={() => {
                                  revoke.reset();
                                  setActing({ action: 'revoke', certificate: c });
                                }}
                                aria-label={t('certificates.revoke.named', { name: main })}
                              >
                                {t('certificates.revoke.action')}
                              </Button>
                            </>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
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
      <ReasonDialog
        key={acting ? `${acting.action}-${acting.certificate.id}` : 'none'}
        action={acting?.action ?? 'revoke'}
        name={acting ? nameOf(acting.certificate).main : null}
        serial={acting?.certificate.serial ?? ''}
        onClose={() => setActing(null)}
        onConfirm={async (reason) => {
          if (!acting) return;
          const mutation = acting.action === 'revoke' ? revoke : reissue;
          await mutation.mutateAsync({ id: acting.certificate.id, reason });
          setActing(null);
          notifications.show({
            color: 'teal',
            message: t(`certificates.${acting.action}.done`),
            closeButtonProps: { 'aria-label': t('actions.close') },
          });
        }}
      />
    </Stack>
  );
}
