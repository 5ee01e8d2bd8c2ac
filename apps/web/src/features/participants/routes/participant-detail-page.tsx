import { Button, Card, Checkbox, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert, useErrorMessage } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatCountry, formatDateTime, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import {
  participantDuplicatesQueryOptions,
  participantQueryOptions,
  useMergeParticipants,
} from '../api/participants';
import { nameFor } from '../../../lib/person-names';

const route = getRouteApi('/_authed/_events/participants/$id');

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" align="baseline" wrap="nowrap">
      <Text size="sm" c="dimmed" fw={600} miw={140}>
        {label}
      </Text>
      <div style={{ minWidth: 0 }}>{children}</div>
    </Group>
  );
}

/**
 * `/participants/$id`: one person, their likely duplicates, and merging them into this one.
 * `history` (admins) comes from the audit feature, passed in by the router.
 */
export function ParticipantDetailPage({
  history: History,
}: {
  history?: ComponentType<{ participantId: string }>;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { id } = route.useParams();
  const query = useQuery(participantQueryOptions(id));
  const duplicates = useQuery(participantDuplicatesQueryOptions(id));
  const merge = useMergeParticipants(id);
  const errorMessage = useErrorMessage();
  const [chosen, setChosen] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const name = query.data ? nameFor(query.data, lang) : '';
  useDocumentTitle(name || t('participants.title'));

  return (
    <Stack gap="md">
      <AnchorLink to="/participants" size="sm">
        {t('participants.backToList')}
      </AnchorLink>
      {query.isPending ? (
        <Skeleton height={200} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Title order={1}>{name}</Title>
          <Card withBorder>
            <Stack gap="xs">
              <Row label={t('register.fields.fullNameAr')}>
                <Text dir="rtl" lang="ar">
                  {query.data.fullNameAr || '—'}
                </Text>
              </Row>
              <Row label={t('register.fields.fullNameLatin')}>
                <Text dir="ltr">{query.data.fullNameLatin || '—'}</Text>
              </Row>
              <Row label={t('register.fields.gender')}>
                <Text>{t(`participants.gender.${query.data.gender}`)}</Text>
              </Row>
              <Row label={t('register.fields.nationality')}>
                <Text>{formatCountry(query.data.nationality, lang)}</Text>
              </Row>
              <Row label={t('participants.fields.institution')}>
                <Text>
                  {query.data.institution ? pickLocalized(query.data.institution.name, lang) : '—'}
                </Text>
              </Row>
              <Row label={t('register.fields.position')}>
                <Text>{query.data.position || '—'}</Text>
              </Row>
              <Row label={t('register.fields.email')}>
                <Text dir="ltr">{query.data.email ?? '—'}</Text>
              </Row>
              <Row label={t('register.fields.phone')}>
                <Text dir="ltr">{query.data.phone ?? '—'}</Text>
              </Row>
              <Row label={t('participants.fields.account')}>
                <Text>
                  {query.data.hasAccount
                    ? t('participants.hasAccount')
                    : t('participants.noAccount')}
                </Text>
              </Row>
              <Row label={t('participants.columns.registrations')}>
                <Text>{formatNumber(query.data.registrationCount, lang)}</Text>
              </Row>
              <Row label={t('participants.fields.createdAt')}>
                <Text>{formatDateTime(query.data.createdAt, lang)}</Text>
              </Row>
            </Stack>
          </Card>

          <Stack gap="sm" component="section" aria-labelledby="duplicates-heading">
            <Title order={2} size="h3" id="duplicates-heading">
              {t('participants.duplicates.heading')}
            </Title>
            {duplicates.isPending ? (
              <Skeleton height={60} />
            ) : duplicates.isError ? (
              <ErrorAlert error={duplicates.error} />
            ) : duplicates.data.length === 0 ? (
              <Text c="dimmed">{t('participants.duplicates.none')}</Text>
            ) : (
              <>
                <Text size="sm">{t('participants.duplicates.mergeIntro', { name })}</Text>
                {duplicates.data.map(({ participant: p, reasons }, index) =>
                  !p ? (
                    <Text key={`elsewhere-${index}`} size="sm">
                      {t('access.heldElsewhere', {
                        reasons: reasons
                          .map((r) => t(`participants.duplicates.reasons.${r}`))
                          .join(', '),
                      })}
                    </Text>
                  ) : (
                    <Checkbox
                      key={p.id}
                      checked={chosen.includes(p.id)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setChosen((prev) =>
                          on ? [...prev, p.id] : prev.filter((x) => x !== p.id),
                        );
                      }}
                      label={
                        <span>
                          <AnchorLink to="/participants/$id" params={{ id: p.id }}>
                            {nameFor(p, lang)}
                          </AnchorLink>{' '}
                          — {p.email ?? p.phone ?? formatCountry(p.nationality, lang)} ·{' '}
                          {t('participants.duplicates.sameAs', {
                            reasons: reasons
                              .map((r) => t(`participants.duplicates.reasons.${r}`))
                              .join(', '),
                          })}{' '}
                          · {t('participants.registrationsCount', { count: p.registrationCount })}
                        </span>
                      }
                    />
                  ),
                )}
                <Group>
                  <Button
                    color="orange"
                    disabled={chosen.length === 0}
                    onClick={() => setConfirming(true)}
                  >
                    {t('participants.duplicates.merge', { count: chosen.length })}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </>
      )}
      {History && (
        <Suspense fallback={<Skeleton height={200} />}>
          <History participantId={id} />
        </Suspense>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('participants.duplicates.mergeTitle')}
        message={t('participants.duplicates.mergeMessage', { count: chosen.length, name })}
        confirmLabel={t('participants.duplicates.mergeConfirm')}
        danger
        loading={merge.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          merge.mutate(chosen, {
            onSuccess: () => {
              setConfirming(false);
              setChosen([]);
              notifications.show({ color: 'teal', message: t('participants.duplicates.merged') });
            },
            onError: (error) => {
              setConfirming(false);
              notifications.show({ color: 'red', message: errorMessage(error) });
            },
          })
        }
      />
    </Stack>
  );
}
