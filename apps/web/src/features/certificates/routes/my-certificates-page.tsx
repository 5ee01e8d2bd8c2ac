import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { pickLocalized, type Certificate } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ButtonLink } from '../../../components/links';
import { PortalList } from '../../../components/portal-list';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatCalendarDate, formatDateRange } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import {
  certificatePdfUrl,
  credentialUrl,
  myCertificatesQueryOptions,
} from '../api/event-certificates';

/** The share link: the verification page with the signed claims, as in the QR code. */
export function shareLink(certificate: Certificate): string {
  return certificate.verificationUrl;
}

/** `/my/certificates`: the signed-in participant's certificates, to download and to share. */
export function MyCertificatesPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(myCertificatesQueryOptions);
  useDocumentTitle(t('certificates.mine.title'));
  const closeButtonProps = { 'aria-label': t('actions.close') };

  const copy = async (certificate: Certificate) => {
    try {
      await navigator.clipboard.writeText(shareLink(certificate));
      notifications.show({
        color: 'teal',
        message: t('certificates.mine.copied'),
        closeButtonProps,
      });
    } catch {
      notifications.show({
        color: 'red',
        message: t('certificates.mine.copyFailed', { link: shareLink(certificate) }),
        closeButtonProps,
      });
    }
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('certificates.mine.title')}</Title>
      <PortalList
        query={query}
        empty={
          <EmptyState
            title={t('certificates.mine.emptyTitle')}
            description={t('certificates.mine.emptyDescription')}
            action={<ButtonLink to="/my">{t('certificates.mine.toRegistrations')}</ButtonLink>}
          />
        }
      >
        {(items) =>
          items.map((c) => {
            const title = pickLocalized(c.claims.eventTitle, lang) || t('public.untitled');
            return (
              <Card key={c.id} withBorder component="li" padding="md" data-testid="my-certificate">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text fw={600}>{title}</Text>
                    <Badge color={c.status === 'valid' ? 'teal' : 'red'} variant="light">
                      {t(`certificates.status.${c.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    {formatDateRange(c.claims.startDate, c.claims.endDate, lang)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('certificates.mine.serial')}{' '}
                    <Text component="span" ff="monospace" dir="ltr">
                      {c.serial}
                    </Text>{' '}
                    ·{' '}
                    {t('certificates.mine.issuedOn', {
                      date: formatCalendarDate(c.claims.issuedOn, lang),
                    })}
                  </Text>
                  {c.status === 'revoked' && c.revocationReason && (
                    <Text size="sm" c="red.8">
                      {t('certificates.list.reason', { reason: c.revocationReason })}
                    </Text>
                  )}
                  <Group gap="xs" wrap="wrap">
                    <Button component="a" href={certificatePdfUrl(c.id)} download size="xs">
                      {t('certificates.mine.download')}
                    </Button>
                    <Button size="xs" variant="light" onClick={() => void copy(c)}>
                      {t('certificates.mine.copyLink')}
                    </Button>
                    <Anchor href={credentialUrl(c.id)} download={`${c.serial}.jwt`} size="sm">
                      {t('certificates.mine.credential')}
                    </Anchor>
                    <Anchor href={shareLink(c)} size="sm">
                      {t('certificates.mine.verifyPage')}
                    </Anchor>
                  </Group>
                </Stack>
              </Card>
            );
          })
        }
      </PortalList>
    </Stack>
  );
}
