import { Alert, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';

/**
 * After submitting: the same page whoever the address belongs to. Whether the place is taken,
 * the address already registered or its account's owner asked first is said in the email.
 */
export function RegistrationResult({ eventId, email }: { eventId: string; email: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen readers and keyboards start from the outcome, not from the gone form.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Stack gap="md" aria-live="polite">
      <Title order={2} ref={heading} tabIndex={-1}>
        {t('publicRegistration.sent.title')}
      </Title>
      <Alert color="blue" variant="light">
        <Text>
          {t('publicRegistration.sent.body')}{' '}
          <Text span dir="ltr" fw={600}>
            {email}
          </Text>
        </Text>
      </Alert>
      <Text size="sm" c="dimmed">
        {t('publicRegistration.sent.next')}
      </Text>
      <AnchorLink to="/e/$id" params={{ id: eventId }}>
        {t('register.backToEvent')}
      </AnchorLink>
    </Stack>
  );
}
