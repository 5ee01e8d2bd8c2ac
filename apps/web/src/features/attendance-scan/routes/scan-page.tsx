import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { formatTimeRangeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { canManageEvents, useCurrentUser } from '../../../lib/session';
import { CameraPanel } from '../components/camera-panel';
import { NameSearch } from '../components/name-search';
import { RecentScans, type RecentScan } from '../components/recent-scans';
import { ScanFeedback } from '../components/scan-feedback';
import { StationStatus } from '../components/station-status';
import { SyncIssues } from '../components/sync-issues';
import { signal, unlockSound } from '../lib/feedback';
import { keepScannerOffline } from '../lib/offline-shell';
import type { ScanOutcome } from '../lib/scan-station';
import { useScanStation } from '../lib/use-scan-station';

const RECENT_SHOWN = 6;

const route = getRouteApi('/_authed/_attendance/events/$id/sessions/$sessionId/scan');

/** Scan badges at a session's door, on a phone, with or without a network. */
export function ScanPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { id: eventId, sessionId } = route.useParams();
  const user = useCurrentUser();
  const [attempt, setAttempt] = useState(0);
  const { station, state, openError } = useScanStation(eventId, sessionId, attempt);
  const [recent, setRecent] = useState<RecentScan[]>([]);
  const session = state.kit?.roster.session;
  useDocumentTitle(
    session ? t('scan.title', { session: pickLocalized(session.title, lang) }) : t('scan.heading'),
  );

  useEffect(() => keepScannerOffline(), []);

  useEffect(() => {
    document.addEventListener('pointerdown', unlockSound);
    return () => document.removeEventListener('pointerdown', unlockSound);
  }, []);

  const show = (result: ScanOutcome | null) => {
    if (!result) return;
    setRecent((shown) => [
      { id: (shown[0]?.id ?? 0) + 1, at: new Date(), outcome: result },
      ...shown.slice(0, RECENT_SHOWN - 1),
    ]);
    signal(result.kind === 'accepted' ? 'ok' : 'warn');
  };

  if (openError)
    return (
      <Alert color="red" role="alert">
        {t('scan.noStorage')}
      </Alert>
    );
  if (state.phase === 'unavailable')
    return (
      <ErrorAlert
        error={state.loadError}
        title={t('scan.noKit')}
        onRetry={() => setAttempt((n) => n + 1)}
      />
    );
  if (!station || !state.kit || !session)
    return (
      <Stack aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={32} width="60%" />
        <Skeleton height={120} />
        <Skeleton height={240} />
      </Stack>
    );

  const { kit } = state;
  return (
    <Stack gap="md" maw={560} mx="auto">
      <div>
        <Title order={1} size="h3">
          {t('scan.title', { session: pickLocalized(session.title, lang) })}
        </Title>
        <Text size="sm" c="dimmed">
          {formatTimeRangeInZone(session.startsAt, session.endsAt, lang, session.timeZone)}
        </Text>
      </div>
      <StationStatus
        counts={kit.roster.counts}
        listsAt={kit.serverTime}
        timeZone={session.timeZone}
        connection={state.connection}
        queued={state.queued}
        syncError={state.syncError}
      />
      <ScanFeedback outcome={recent[0]?.outcome ?? null} timeZone={session.timeZone} />
      <CameraPanel onText={(text) => void station.scan(text).then(show)} />
      <RecentScans scans={recent.slice(1)} timeZone={session.timeZone} />
      <NameSearch
        entries={kit.roster.entries}
        onPick={(participantId) => void station.checkIn(participantId).then(show)}
      />
      <SyncIssues issues={state.issues} entries={kit.roster.entries} timeZone={session.timeZone} />
      {canManageEvents(user) && (
        <AnchorLink to="/events/$id" params={{ id: eventId }}>
          {t('scan.backToEvent')}
        </AnchorLink>
      )}
    </Stack>
  );
}
