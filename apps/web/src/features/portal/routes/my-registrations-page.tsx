import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { pickLocalized, SELF_CANCEL_LOCKED_EVENT_STATUSES } from '@multaqa/contract';
import type { components } from '@multaqa/contract/openapi';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { useErrorMessage } from '../../../components/error-alert';
import { ButtonLink } from '../../../components/links';
import { PortalList } from '../../../components/portal-list';
import { RegistrationStatusBadge } from '../../../components/registration-status-badge';
import { useDocumentTitle } from '../../../lib/document-title';
import {
  formatCountry,
  formatDateRange,
  formatHijriDateRange,
  formatNumber,
  formatTimeZone,
} from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { myRegistrationsQueryOptions, useCancelMyRegistration } from '../api/my-registrations';
import { MySchedule } from '../components/my-schedule';

type MyRegistration = components['schemas']['MyRegistration'];

const CANCELLABLE = new Set(['submitted', 'approved', 'waitlisted']);

/**
 * `/my`: the signed-in person's registrations, with status and place on the waitlist, their
 * schedule with their own attendance, and the way to check in with a projected code.
 */
export function MyRegistrationsPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(myRegistrationsQueryOptions);
  const cancel = useCancelMyRegistration();
  const errorMessage = useErrorMessage();
  const [cancelling, setCancelling] = useState<MyRegistration | null>(null);
  useDocumentTitle(t('portal.title'));

  const titleOf = (r: MyRegistration) => pickLocalized(r.event.title, lang) || t('public.untitled');

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('portal.title')}</Title>
        <ButtonLink to="/check-in" variant="light">
          {t('portal.checkIn')}
        </ButtonLink>
      </Group>
      <PortalList
        query={query}
        empty={
          <EmptyState
            title={t('portal.empty.title')}
            description={t('portal.empty.description')}
            action={
              // The public pages are the light entry: a full page load, not an in-app route.
              <Button component="a" href="/e">
                {t('portal.empty.browse')}
              </Button>
            }
          />
        }
      >
        {(items) =>
          items.map((r) => (
            <Card key={r.id} withBorder component="li" padding="md">
              <Stack gap={6}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Anchor href={`/e/${encodeURIComponent(r.event.id)}`} fw={600}>
                    {titleOf(r)}
                  </Anchor>
                  <RegistrationStatusBadge status={r.status} />
                </Group>
                <Text size="sm">
                  {formatDateRange(r.event.startDate, r.event.endDate, lang)}
                  {lang === 'ar' &&
                    ` (${formatHijriDateRange(r.event.startDate, r.event.endDate)})`}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('events.place', {
                    city: pickLocalized(r.event.city, lang),
                    country: formatCountry(r.event.countryCode, lang),
                  })}{' '}
                  · <span dir="ltr">{formatTimeZone(r.event.timeZone, lang)}</span>
                </Text>
                {r.status === 'waitlisted' && r.waitlistPosition && (
                  <Text size="sm" fw={600}>
                    {t('portal.waitlistPosition', {
                      position: formatNumber(r.waitlistPosition, lang),
                    })}
                  </Text>
                )}
                {CANCELLABLE.has(r.status) &&
                  !SELF_CANCEL_LOCKED_EVENT_STATUSES.includes(r.event.status) && (
                    <Group justify="flex-end">
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setCancelling(r)}
                        aria-label={t('portal.cancelNamed', { title: titleOf(r) })}
                      >
                        {t('portal.cancel')}
                      </Button>
                    </Group>
                  )}
              </Stack>
            </Card>
          ))
        }
      </PortalList>
      {query.isSuccess && query.data.length > 0 && <MySchedule />}
      <ConfirmDialog
        opened={cancelling !== null}
        title={t('portal.cancelTitle')}
        message={cancelling ? t('portal.cancelMessage', { title: titleOf(cancelling) }) : ''}
        confirmLabel={t('portal.cancelConfirm')}
        danger
        loading={cancel.isPending}
        onClose={() => setCancelling(null)}
        onConfirm={() =>
          cancelling &&
          cancel.mutate(cancelling.id, {
            onSuccess: () => {
              setCancelling(null);
              notifications.show({ color: 'teal', message: t('portal.cancelled') });
            },
            onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
          })
        }
      />
    </Stack>
  );
}
