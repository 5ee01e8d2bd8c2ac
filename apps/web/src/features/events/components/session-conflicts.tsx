import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { pickLocalized, type SessionConflict } from '@multaqa/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTimeRangeInZone } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { ProblemError } from '../../../lib/problem';

/**
 * The bookings a session collides with (409 session_conflict): for each, what clashes (the room
 * or a speaker), which event and session hold it, and when, on the wall clock of `timeZone`.
 */
export function SessionConflicts({
  conflicts,
  timeZone,
  detail,
}: {
  conflicts: SessionConflict[];
  timeZone: string;
  /** The API's translated message. */
  detail?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Alert color="orange" variant="light" title={t('events.conflicts.title')} role="alert">
      <Text size="sm">{detail || t('events.conflicts.message')}</Text>
      <List size="sm" mt="xs" spacing={4} aria-label={t('events.conflicts.listLabel')}>
        {conflicts.map((conflict) => (
          <List.Item
            key={`${conflict.kind}:${conflict.subject}:${conflict.sessionId ?? conflict.startsAt}`}
          >
            <Text span fw={600} size="sm">
              {conflict.kind === 'room'
                ? t('events.conflicts.room', { room: conflict.subject })
                : t('events.conflicts.speaker', { name: conflict.subject })}
            </Text>
            {' — '}
            {conflict.eventTitle
              ? t('events.conflicts.booking', {
                  session: pickLocalized(conflict.sessionTitle, lang) || t('events.untitled'),
                  event: pickLocalized(conflict.eventTitle, lang) || t('events.untitled'),
                  time: formatDateTimeRangeInZone(
                    conflict.startsAt,
                    conflict.endsAt,
                    lang,
                    timeZone,
                  ),
                })
              : t('access.bookedElsewhere', {
                  time: formatDateTimeRangeInZone(
                    conflict.startsAt,
                    conflict.endsAt,
                    lang,
                    timeZone,
                  ),
                })}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="xs">
        {t('events.conflicts.zone', { zone: timeZone })}
      </Text>
    </Alert>
  );
}

/**
 * The clash and what to do about it: book anyway (the coordinator knows the room is shared, say),
 * or, where given, cancel.
 */
export function SessionConflictsChoice({
  error,
  timeZone,
  overrideLabel,
  onOverride,
  onCancel,
}: {
  error: ProblemError;
  timeZone: string;
  overrideLabel: string;
  onOverride: () => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [overriding, setOverriding] = useState(false);
  return (
    <Stack gap="xs">
      <SessionConflicts conflicts={error.conflicts} timeZone={timeZone} detail={error.detail} />
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
        )}
        <Button
          color="orange"
          variant="light"
          loading={overriding}
          onClick={async () => {
            setOverriding(true);
            try {
              await onOverride();
            } finally {
              setOverriding(false);
            }
          }}
        >
          {overrideLabel}
        </Button>
      </Group>
    </Stack>
  );
}
