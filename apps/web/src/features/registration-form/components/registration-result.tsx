import { Alert, Stack, Text, Title } from '@mantine/core';
import type { components } from '@multaqa/contract/openapi';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

type MyRegistration = components['schemas']['MyRegistration'];

/** After submitting: approved, waitlisted (with the place in line) or waiting for review. */
export function RegistrationResult({
  registration,
  email,
}: {
  registration: MyRegistration;
  email: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen readers and keyboards start from the outcome, not from the gone form.
  useEffect(() => heading.current?.focus(), []);

  const status =
    registration.status === 'approved' || registration.status === 'waitlisted'
      ? registration.status
      : 'submitted';
  const color = status === 'approved' ? 'teal' : status === 'waitlisted' ? 'yellow' : 'blue';
  return (
    <Stack gap="md" aria-live="polite">
      <Title order={2} ref={heading} tabIndex={-1}>
        {t(`register.result.${status}.title`)}
      </Title>
      <Alert color={color} variant="light">
        <Text>
          {status === 'waitlisted' && registration.waitlistPosition
            ? t('register.result.waitlisted.body', {
                position: formatNumber(registration.waitlistPosition, lang),
              })
            : t(`register.result.${status}.body`)}
        </Text>
      </Alert>
      <Text>
        {t('register.result.confirmEmail')}{' '}
        <Text span dir="ltr" fw={600}>
          {email}
        </Text>
      </Text>
      <Text size="sm" c="dimmed">
        {t('register.result.portal')}
      </Text>
      <AnchorLink to="/e/$id" params={{ id: registration.event.id }}>
        {t('register.backToEvent')}
      </AnchorLink>
    </Stack>
  );
}
