import '@mantine/core/styles/SegmentedControl.css';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ImportReport, Job } from '@multaqa/contract';
import { useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FilePicker } from '../../../components/file-picker';
import { ErrorAlert } from '../../../components/error-alert';
import { JobProgress } from '../../../components/job-progress';
import { AnchorLink } from '../../../components/links';
import { TablePagination } from '../../../components/table-pagination';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useJob } from '../../../lib/jobs';
import { importTemplateUrl, useCommitImport, usePreviewImport } from '../api/import-participants';

const PAGE_SIZE = 50;
type Filter = 'all' | 'valid' | 'duplicate' | 'error';
const STATUS_COLORS = { valid: 'teal', duplicate: 'yellow', error: 'red' } as const;

/** `/participants/import`: template, upload, preview every row with its status, then commit. */
export function ParticipantsImportPage() {
  const { t, i18n } = useTranslation();
  // A column is named as the form names the field, in the reader's language ("الجنسية", not "nationality").
  const columnName = (field: string) =>
    field === 'institution'
      ? t('participants.fields.institution')
      : field === 'row'
        ? t('participants.import.wholeRow')
        : t(`register.fields.${field}`, { defaultValue: field });
  const { eventId } = useSearch({ from: '/_authed/_events/participants/import' });
  const lang = currentLanguage(i18n);
  const [file, setFile] = useState<File | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState(false);
  const [committed, setCommitted] = useState<Pick<ImportReport, 'created' | 'registered'> | null>(
    null,
  );
  const [jobId, setJobId] = useState<string | null>(null);
  const preview = usePreviewImport();
  const commit = useCommitImport(eventId);
  const job = useJob(jobId).data;
  useEffect(() => {
    if (job?.status === 'completed') setCommitted(jobOutcome(job));
  }, [job]);
  useDocumentTitle(t('participants.import.title'));

  const report = preview.data;
  const rows = useMemo(
    () => (report ? report.rows.filter((r) => filter === 'all' || r.status === filter) : []),
    [report, filter],
  );
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const n = (v: number) => formatNumber(v, lang);

  return (
    <Stack gap="md">
      <AnchorLink to="/participants" size="sm">
        {t('participants.backToList')}
      </AnchorLink>
      <Title order={1}>{t('participants.import.title')}</Title>
      {eventId && (
        <Alert color="blue" variant="light">
          {t('participants.import.intoEvent')}
        </Alert>
      )}
      <Text>{t('participants.import.intro')}</Text>
      <Anchor href={importTemplateUrl(lang)} download fw={600}>
        {t('participants.import.template')}
      </Anchor>
      <Group align="flex-end">
        <FilePicker
          label={t('participants.import.file')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(picked) => {
            setFile(picked);
            preview.reset();
            setCommitted(null);
            setJobId(null);
          }}
        />
        <Button
          disabled={!file}
          loading={preview.isPending}
          onClick={() => {
            if (!file) return;
            setPage(1);
            setFilter('all');
            preview.mutate(file);
          }}
        >
          {t('participants.import.preview')}
        </Button>
      </Group>
      {preview.error && <ErrorAlert error={preview.error} />}
      {commit.error && <ErrorAlert error={commit.error} />}
      {job && <JobProgress job={job} label={t('participants.import.progressLabel')} />}
      {committed && (
        <Alert color="teal" variant="light" role="status">
          {t('participants.import.done', { count: committed.created ?? 0 })}
          {committed.registered !== undefined &&
            ` ${t('participants.import.registered', { count: committed.registered })}`}
        </Alert>
      )}
      {report && !committed && !jobId && (
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <SegmentedControl
              value={filter}
              onChange={(v) => {
                setFilter(v as Filter);
                setPage(1);
              }}
              data={[
                {
                  value: 'all',
                  label: t('participants.import.all', {
                    count: report.rows.length,
                    n: n(report.rows.length),
                  }),
                },
                {
                  value: 'valid',
                  label: t('participants.import.valid', { n: n(report.counts.valid) }),
                },
                {
                  value: 'duplicate',
                  label: t('participants.import.duplicate', { n: n(report.counts.duplicate) }),
                },
                {
                  value: 'error',
                  label: t('participants.import.error', { n: n(report.counts.error) }),
                },
              ]}
            />
            <Button disabled={report.counts.valid === 0} onClick={() => setConfirming(true)}>
              {t('participants.import.commit', {
                count: report.counts.valid,
                n: n(report.counts.valid),
              })}
            </Button>
          </Group>
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t('participants.import.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('participants.import.columns.row')}</Table.Th>
                  <Table.Th scope="col">{t('participants.import.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('participants.import.columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('participants.import.columns.reasons')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{n(r.row)}</Table.Td>
                    <Table.Td>{r.fullName || '—'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLORS[r.status]}>
                        {t(`participants.import.status.${r.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {r.errors.map((e) => (
                        <Text key={`${e.field}:${e.message}`} size="sm">
                          <Text span fw={600}>
                            {columnName(e.field)}
                          </Text>
                          : {e.message}
                        </Text>
                      ))}
                      {r.duplicateOf?.map((p) => (
                        <Text key={p.id} size="sm">
                          {t('participants.import.sameAs', {
                            name: p.fullNameLatin || p.fullNameAr,
                          })}
                        </Text>
                      ))}
                      {r.heldElsewhere && <Text size="sm">{t('access.importHeldElsewhere')}</Text>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <TablePagination
            page={page}
            pageSize={PAGE_SIZE}
            total={rows.length}
            onChange={setPage}
          />
        </Stack>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('participants.import.confirmTitle')}
        message={t('participants.import.confirmMessage', {
          count: report?.counts.valid ?? 0,
          n: n(report?.counts.valid ?? 0),
          skipped: n((report?.counts.duplicate ?? 0) + (report?.counts.error ?? 0)),
        })}
        confirmLabel={t('participants.import.confirm')}
        loading={commit.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          file &&
          commit.mutate(file, {
            onSuccess: (res) => {
              if ('job' in res) setJobId(res.job.id);
              else setCommitted(res);
              setConfirming(false);
            },
            onError: () => setConfirming(false),
          })
        }
      />
    </Stack>
  );
}

/** A finished import job's result holds the same counts as an import answered at once. */
function jobOutcome(job: Job): Pick<ImportReport, 'created' | 'registered'> {
  const result = job.result ?? {};
  return {
    created: typeof result.created === 'number' ? result.created : 0,
    registered: typeof result.registered === 'number' ? result.registered : undefined,
  };
}
