// No shell here, so this page brings the styles and the Arabic font the shell would load.
import '@fontsource-variable/noto-sans-arabic';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Skeleton.css';
import { Box, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatTimeRangeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { selfCheckInCodeQueryOptions } from '../api/self-check-in-code';
import { projectedSessionQueryOptions } from '../api/session-title';
import { codeLifetimeMs } from '../code-timing';
import { CountdownBar } from '../components/countdown-bar';
import { QrImage } from '../components/qr-image';

const route = getRouteApi('/_projector/events/$id/sessions/$sessionId/self-check-in');

/**
 * `/events/$id/sessions/$sessionId/self-check-in`: what the trainer puts on the projector. A QR
 * that participants scan with their phone camera and the same code to type, both renewed every
 * few seconds so a photo sent to someone at home is useless by the time it arrives.
 */
export function ProjectorPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { id, sessionId } = route.useParams();
  const code = useQuery(selfCheckInCodeQueryOptions(id, sessionId));
  const session = useQuery(projectedSessionQueryOptions(id, sessionId));
  const title = session.data ? pickLocalized(session.data.title, lang) : '';
  useDocumentTitle(title || t('selfCheckIn.projector.title'));

  const checkInAddress = `${window.location.host}/check-in`;
  const fullScreen = () => void document.documentElement.requestFullscreen?.().catch(() => {});

  return (
    <Box component="main" mih="100dvh" p={{ base: 'md', sm: 'xl' }} bg="var(--mantine-color-body)">
      <Stack gap="lg" align="center" maw={1400} mx="auto">
        <Group justify="space-between" w="100%" wrap="nowrap" align="flex-start">
          <Stack gap={4}>
            {session.isPending ? (
              <Skeleton height={40} width={320} />
            ) : (
              <Title order={1} fz={{ base: 24, sm: 40 }}>
                {title || t('selfCheckIn.projector.title')}
              </Title>
            )}
            {session.data && (
              <Text fz={{ base: 'md', sm: 'xl' }} c="dimmed">
                {formatTimeRangeInZone(
                  session.data.startsAt,
                  session.data.endsAt,
                  lang,
                  session.data.timeZone,
                )}
              </Text>
            )}
          </Stack>
          {document.fullscreenEnabled && (
            <Button variant="default" onClick={fullScreen} visibleFrom="sm">
              {t('selfCheckIn.projector.fullScreen')}
            </Button>
          )}
        </Group>

        {code.isPending ? (
          <Skeleton w="min(60vh, 80vw)" h="min(60vh, 80vw)" aria-label={t('common.loading')} />
        ) : code.isError && !code.data ? (
          <ErrorAlert error={code.error} onRetry={() => void code.refetch()} />
        ) : (
          <>
            <Group justify="center" align="center" gap="xl" wrap="wrap">
              <QrImage
                text={new URL(code.data.url, window.location.origin).href}
                label={t('selfCheckIn.projector.qrLabel')}
                size="min(60vh, 80vw)"
              />
              <Stack gap="xs" align="center">
                <Text fz={{ base: 'lg', sm: 28 }}>{t('selfCheckIn.projector.orType')}</Text>
                <Text
                  component="output"
                  aria-live="polite"
                  aria-label={t('selfCheckIn.projector.codeLabel')}
                  dir="ltr"
                  ff="monospace"
                  fw={700}
                  fz="clamp(3rem, 12vw, 9rem)"
                  lh={1}
                  style={{ letterSpacing: '0.15em' }}
                >
                  {code.data.code}
                </Text>
                <Text fz={{ base: 'md', sm: 'xl' }} c="dimmed">
                  {t('selfCheckIn.projector.at')}{' '}
                  <Text span dir="ltr" fw={600} c="var(--mantine-color-text)">
                    {checkInAddress}
                  </Text>
                </Text>
              </Stack>
            </Group>
            <Box w="100%" maw={900}>
              <CountdownBar
                key={code.dataUpdatedAt}
                startedAt={code.dataUpdatedAt}
                lifetimeMs={codeLifetimeMs(
                  code.data.expiresAt,
                  code.data.periodSeconds,
                  code.dataUpdatedAt,
                )}
              />
            </Box>
            {code.isError && (
              <Text c="red" role="status">
                {t('selfCheckIn.projector.refreshFailed')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Box>
  );
}
