import { Badge as StatusBadge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTimeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { RegistrationBadges } from './badge-history';

/** A registration's badge: when the current one was issued, and every badge it replaced, and why. */
export function BadgeCell({
  badges,
  timeZone,
}: {
  badges: RegistrationBadges | undefined;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const when = (iso: string) => formatDateTimeInZone(iso, lang, timeZone);
  if (!badges) {
    return (
      <Text size="sm" c="dimmed">
        {t('badges.state.none')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {badges.current ? (
        <Text size="sm">
          <StatusBadge color="teal" variant="light" me={6}>
            {t('badges.state.valid')}
          </StatusBadge>
          {t('badges.state.issuedAt', { date: when(badges.current.issuedAt) })}
        </Text>
      ) : (
        <StatusBadge color="red" variant="light">
          {t('badges.state.revoked')}
        </StatusBadge>
      )}
      {badges.revoked.map((old) => (
        <Text key={old.id} size="xs" c="dimmed">
          {t(old.replacedById ? 'badges.state.replacedOn' : 'badges.state.revokedOn', {
            date: when(old.revokedAt ?? old.issuedAt),
          })}
          {old.revokedReason ? ` — ${old.revokedReason}` : ''}
        </Text>
      ))}
    </Stack>
  );
}
