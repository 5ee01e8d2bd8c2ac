import { Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Event } from '@multaqa/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useJob } from '../../../lib/jobs';
import { isProblemError } from '../../../lib/problem';
import { hasRole, useCurrentUser } from '../../../lib/session';
import {
  eligibilityQueryOptions,
  ruleQueryOptions,
  useIssueCertificates,
} from '../api/event-certificates';
import { certificateKeys } from '../api/query-keys';
import { templatesQueryOptions } from '../api/templates';
import { CertificatesList } from './certificates-list';
import { EligibilityPanel } from './eligibility-panel';
import { IssueProgress } from './issue-progress';
import { RuleForm } from './rule-form';

/** The issuing job of an event survives a reload of the page (this tab only). */
const jobStorageKey = (eventId: string) => `multaqa.certificates.job.${eventId}`;

function readJobId(eventId: string): string | null {
  try {
    return window.sessionStorage.getItem(jobStorageKey(eventId));
  } catch {
    return null;
  }
}

function writeJobId(eventId: string, id: string | null) {
  try {
    if (id) window.sessionStorage.setItem(jobStorageKey(eventId), id);
    else window.sessionStorage.removeItem(jobStorageKey(eventId));
  } catch {
    // No storage: the progress shows until the page is left.
  }
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id} padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * The Certificates tab of an event (admins and its coordinators): the rule, who qualifies and why
 * not, issuing as a background job with its progress, and the certificates issued. Issuing,
 * revoking and re-issuing are the admins'.
 */
export function CertificatesTab({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const admin = hasRole(useCurrentUser(), 'admin');
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const rule = useQuery(ruleQueryOptions(event.id));
  const templates = useQuery({ ...templatesQueryOptions, retry: false });
  const eligibility = useQuery(eligibilityQueryOptions(event.id));
  const issue = useIssueCertificates(event.id);
  const [confirming, setConfirming] = useState(false);
  const [jobId, setJobId] = useState<string | null>(() => readJobId(event.id));
  const job = useJob(jobId);
  const running = job.data?.status === 'queued' || job.data?.status === 'running';

  // Each step of the job changes the counts and the list; once it ends, read them again.
  const finished = job.data?.status === 'completed' || job.data?.status === 'failed';
  const done = job.data?.done;
  useEffect(() => {
    if (done === undefined) return;
    void queryClient.invalidateQueries({ queryKey: certificateKeys.event(event.id) });
  }, [done, finished, event.id, queryClient]);
  // A job id that no longer answers (expired) is forgotten.
  useEffect(() => {
    if (job.isError && isProblemError(job.error, 404)) {
      writeJobId(event.id, null);
      setJobId(null);
    }
  }, [job.isError, job.error, event.id]);

  const toIssue = eligibility.data?.counts.toIssue ?? 0;
  const templateName = templates.data?.find((tpl) => tpl.id === rule.data?.templateId)?.name ?? '';

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('certificates.tab.intro')}
      </Text>

      <Section id="certificate-rule-title" title={t('certificates.rule.title')}>
        {rule.isPending || (templates.isPending && !templates.isError) ? (
          <Skeleton height={120} />
        ) : rule.isError ? (
          <ErrorAlert error={rule.error} onRetry={() => void rule.refetch()} />
        ) : (
          <>
            {templates.isError && (
              <Text size="sm" c="dimmed">
                {t('certificates.rule.templatesUnavailable')}
              </Text>
            )}
            <RuleForm
              key={JSON.stringify(rule.data)}
              eventId={event.id}
              rule={rule.data}
              templates={templates.data ?? []}
            />
          </>
        )}
      </Section>

      <Section id="certificate-eligibility-title" title={t('certificates.eligibility.title')}>
        {job.data && jobId !== null && <IssueProgress job={job.data} />}
        {eligibility.isPending ? (
          <Skeleton height={200} />
        ) : eligibility.isError ? (
          <ErrorAlert error={eligibility.error} onRetry={() => void eligibility.refetch()} />
        ) : (
          <EligibilityPanel
            eligibility={eligibility.data}
            canIssue={admin}
            issuing={running || issue.isPending}
            onIssue={() => {
              issue.reset();
              setConfirming(true);
            }}
          />
        )}
      </Section>

      <Section id="certificate-list-title" title={t('certificates.list.title')}>
        <CertificatesList eventId={event.id} timeZone={event.timeZone} canManage={admin} />
      </Section>

      <ConfirmDialog
        opened={confirming}
        title={t('certificates.issue.confirmTitle', {
          count: toIssue,
          number: formatNumber(toIssue, lang),
        })}
        message={[
          t('certificates.issue.confirmMessage', {
            count: toIssue,
            number: formatNumber(toIssue, lang),
            template: templateName,
          }),
          rule.data?.emailParticipants ? t('certificates.issue.confirmEmail') : '',
          issue.isError ? errorMessage(issue.error) : '',
        ]
          .filter(Boolean)
          .join(' ')}
        confirmLabel={t('certificates.issue.confirm')}
        loading={issue.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          issue.mutate(undefined, {
            onSuccess: (started) => {
              writeJobId(event.id, started.id);
              queryClient.setQueryData(['jobs', started.id], started);
              setJobId(started.id);
              setConfirming(false);
            },
          })
        }
      />
    </Stack>
  );
}
