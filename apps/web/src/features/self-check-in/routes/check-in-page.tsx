import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { currentLanguage } from '../../../lib/i18n';
import { myScheduleQueryOptions } from '../../../lib/my-schedule';
import { isProblemError } from '../../../lib/problem';
import { useSelfCheckIn } from '../api/check-in';
import { normalizeCode } from '../code-timing';
import { CodeForm } from '../components/code-form';

const route = getRouteApi('/_authed/check-in');

/** "09:03" on the event's clock (the phone's own zone until the schedule has loaded). */
function timeOfDay(iso: string, lang: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/**
 * `/check-in?session=…&code=…`: what the projected QR opens on a participant's phone. With both
 * in the link it checks in at once; otherwise (or after a failure) the code can be typed.
 */
export function CheckInPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { session: sessionId, code } = route.useSearch();
  const navigate = route.useNavigate();
  const checkIn = useSelfCheckIn();
  const schedule = useQuery(myScheduleQueryOptions);
  useDocumentTitle(t('selfCheckIn.title'));

  // Once per link: a re-render (or React's double effect in development) must not post twice.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    const key = `${sessionId}:${code}`;
    if (!sessionId || !code || sent.current === key) return;
    sent.current = key;
    checkIn.mutate(
      { sessionId, code: normalizeCode(code) },
      // A reload would send a code that has expired by then, and say "not checked in".
      { onSuccess: () => void navigate({ search: {}, replace: true }) },
    );
  }, [sessionId, code, checkIn, navigate]);

  const record = checkIn.data;
  const session = record && schedule.data?.find((s) => s.sessionId === record.sessionId);

  return (
    <Stack gap="md" maw={520} mx="auto">
      <Title order={1}>{t('selfCheckIn.title')}</Title>
      {record ? (
        <Alert color="teal" variant="light" role="status" title={t('selfCheckIn.done')}>
          <Text fw={600}>
            {session ? pickLocalized(session.title, lang) || t('schedule.untitledSession') : null}
          </Text>
          <Text>
            {t(record.status === 'late' ? 'selfCheckIn.atLate' : 'selfCheckIn.at', {
              time: timeOfDay(record.takenAt, lang, session?.timeZone),
            })}
          </Text>
          <AnchorLink to="/my" mt="sm" display="inline-block">
            {t('selfCheckIn.seeSchedule')}
          </AnchorLink>
        </Alert>
      ) : (
        <>
          {checkIn.isError && (
            <ErrorAlert
              error={checkIn.error}
              title={t('selfCheckIn.failed')}
              details={
                isProblemError(checkIn.error) && checkIn.error.code === 'check_in_code_invalid'
                  ? [{ path: '', message: t('selfCheckIn.askNewCode') }]
                  : undefined
              }
            />
          )}
          <Card withBorder padding="md">
            <Stack gap="xs">
              {!checkIn.isPending && (
                <Text size="sm" c="dimmed">
                  {t('selfCheckIn.intro')}
                </Text>
              )}
              <CodeForm
                sessionId={sessionId}
                pending={checkIn.isPending}
                onSubmit={(input) => checkIn.mutate(input)}
              />
            </Stack>
          </Card>
        </>
      )}
    </Stack>
  );
}
