import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { pickLocalized, type Event, type Session } from '@multaqa/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/error-alert';
import { formatDayHeading, formatLocalTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { ProblemError } from '../../../lib/problem';
import { minutesOf, timeOfMinutes } from '../../../lib/timetable-layout';
import { useUpdateSession, type UpdateSessionBody } from '../api/update-session';
import { SessionConflictsChoice } from './session-conflicts';

interface Clash {
  session: Session;
  body: UpdateSessionBody;
  error: ProblemError;
}

/**
 * Moving a session by dragging it: same length, new day and start. A clash with another booking
 * (409 session_conflict) is shown with the bookings it hits, to cancel or move anyway.
 */
export function useMoveSession(event: Event) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const update = useUpdateSession(event.id);
  const errorMessage = useErrorMessage();
  const [clash, setClash] = useState<Clash | null>(null);

  const send = async (session: Session, body: UpdateSessionBody) => {
    try {
      await update.mutateAsync({ sessionId: session.id, body });
      setClash(null);
      notifications.show({
        color: 'teal',
        message: t('events.sessions.moved', {
          session: pickLocalized(session.title, lang) || t('events.untitled'),
          day: formatDayHeading(body.date!, lang),
          time: formatLocalTime(body.startTime!, lang),
        }),
      });
    } catch (error) {
      if (error instanceof ProblemError && error.code === 'session_conflict') {
        setClash({ session, body, error });
      } else {
        setClash(null);
        notifications.show({ color: 'red', message: errorMessage(error) });
      }
    }
  };

  const move = (session: Session, date: string, startTime: string) => {
    if (date === session.date && startTime === session.startTime) return;
    const length = minutesOf(session.endTime) - minutesOf(session.startTime);
    void send(session, {
      date,
      startTime,
      endTime: timeOfMinutes(minutesOf(startTime) + length),
      allowConflicts: false,
    });
  };

  const conflictDialog = (
    <Modal
      opened={clash !== null}
      onClose={() => setClash(null)}
      title={t('events.sessions.moveTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {clash && (
        <SessionConflictsChoice
          error={clash.error}
          timeZone={event.timeZone}
          overrideLabel={t('events.sessions.moveAnyway')}
          onOverride={() => send(clash.session, { ...clash.body, allowConflicts: true })}
          onCancel={() => setClash(null)}
        />
      )}
    </Modal>
  );

  return { move, conflictDialog };
}
