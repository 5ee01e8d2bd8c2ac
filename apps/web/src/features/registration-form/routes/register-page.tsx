import { Alert, Group, Loader, Skeleton, Stack, Text, Title } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatDateRange, formatCountry } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import {
  publicEventTitleQueryOptions,
  publicRegistrationFormQueryOptions,
} from '../api/get-registration-form';
import { useRegisterForEvent } from '../api/register';
import { RegistrationForm } from '../components/registration-form';
import { RegistrationResult } from '../components/registration-result';

const route = getRouteApi('/_public/e/$id/register');

/** `/e/$id/register`: self-registration, built for a phone on a slow connection. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { id } = route.useParams();
  const { code } = route.useSearch();
  const formQuery = useQuery(publicRegistrationFormQueryOptions(id));
  const eventQuery = useQuery(publicEventTitleQueryOptions(id));
  const register = useRegisterForEvent(id);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const event = eventQuery.data;
  const title = event ? pickLocalized(event.title, lang) || t('public.untitled') : '';
  useDocumentTitle(title ? t('register.pageTitle', { title }) : t('register.title'));

  return (
    <Stack gap="md" maw={560}>
      <AnchorLink to="/e/$id" params={{ id }} size="sm">
        {t('register.backToEvent')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('register.title')}
        </Title>
        {event ? (
          <>
            <Text fw={600}>{title}</Text>
            <Text size="sm" c="dimmed">
              {formatDateRange(event.startDate, event.endDate, lang)} ·{' '}
              {t('events.place', {
                city: pickLocalized(event.city, lang),
                country: formatCountry(event.countryCode, lang),
              })}
            </Text>
          </>
        ) : (
          eventQuery.isPending && <Skeleton height={20} width="70%" />
        )}
      </Stack>

      {sentTo ? (
        <RegistrationResult eventId={id} email={sentTo} />
      ) : formQuery.isPending ? (
        <Stack aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={36} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : formQuery.isError ? (
        <ErrorAlert error={formQuery.error} onRetry={() => void formQuery.refetch()} />
      ) : !formQuery.data.open ? (
        <Alert color="gray" variant="light" title={t('register.closed.title')} role="status">
          {t(
            `register.closed.${
              formQuery.data.closedReason === 'not_open_yet' ? 'notOpenYet' : 'closed'
            }`,
          )}
        </Alert>
      ) : (
        <RegistrationForm
          questions={formQuery.data.questions}
          invitationOnly={formQuery.data.mode === 'invitation_only'}
          initialCode={code}
          onSubmit={async (body) => {
            await register.mutateAsync(body);
            setSentTo(body.email);
            window.scrollTo({ top: 0 });
          }}
        />
      )}
      {register.checkingConnection && (
        <Alert color="blue" variant="light" role="status">
          <Group gap="xs" wrap="nowrap">
            <Loader size="xs" />
            <Text size="sm">{t('webSecurity.checkingConnection')}</Text>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
