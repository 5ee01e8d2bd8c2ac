import {
  Box,
  Button,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { pickLocalized, type Session } from '@multaqa/contract';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayHeading, formatLocalTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import {
  groupByDay,
  minutesOf,
  timeOfMinutes,
  visibleHours,
  type PlacedItem,
} from '../../../lib/timetable-layout';

/** Pixels per minute of the grid. */
const SCALE = 1.1;
const HEADER = 72;
/** A dropped session starts on a quarter hour. */
const SNAP = 15;
const DRAG_TYPE = 'application/x-multaqa-session';

interface TimetableProps {
  days: string[];
  sessions: Session[];
  readOnly: boolean;
  onAdd: (date: string) => void;
  onOpen: (session: Session) => void;
  /** A session dragged to another day or time: its new date and start, same length. */
  onMove: (session: Session, date: string, startTime: string) => void;
}

/** Where a session dropped at `y` pixels into a day's grid starts, snapped and kept in the day. */
export function dropStart(y: number, grabbedAt: number, from: number, length: number): string {
  const raw = from + y / SCALE - grabbedAt;
  const snapped = Math.round(raw / SNAP) * SNAP;
  return timeOfMinutes(Math.min(Math.max(snapped, 0), 24 * 60 - length));
}

/**
 * One column per day of the event; sessions placed by their local time, parallel sessions side by
 * side. Each session is a button that opens its form (the way in from a keyboard) and can be
 * dragged to another day or time; the grid mirrors in right-to-left.
 */
export function Timetable({ days, sessions, readOnly, onAdd, onOpen, onMove }: TimetableProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const columns = groupByDay(days, sessions);
  const { from, to } = visibleHours(sessions);
  const height = (to - from) * SCALE;
  const hours = Array.from({ length: (to - from) / 60 + 1 }, (_, i) => from / 60 + i);

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group
        align="flex-start"
        gap={0}
        wrap="nowrap"
        role="list"
        aria-label={t('events.programme.gridLabel')}
      >
        <Box w={72} style={{ flex: 'none' }} aria-hidden>
          <Box h={HEADER} />
          <Box pos="relative" h={height}>
            {hours.map((hour) => (
              <Text
                key={hour}
                size="xs"
                c="dimmed"
                pos="absolute"
                top={(hour * 60 - from) * SCALE - 8}
                style={{ insetInlineStart: 4, whiteSpace: 'nowrap' }}
              >
                {formatLocalTime(timeOfMinutes(hour * 60), lang)}
              </Text>
            ))}
          </Box>
        </Box>
        {columns.map((column) => (
          <DayColumn
            key={column.date}
            date={column.date}
            items={column.items}
            from={from}
            hours={hours}
            height={height}
            readOnly={readOnly}
            outside={!days.includes(column.date)}
            onAdd={onAdd}
            onOpen={onOpen}
            onDrop={(session, y, grabbedAt) =>
              onMove(
                session,
                column.date,
                dropStart(
                  y,
                  grabbedAt,
                  from,
                  minutesOf(session.endTime) - minutesOf(session.startTime),
                ),
              )
            }
            sessions={sessions}
          />
        ))}
      </Group>
    </ScrollArea>
  );
}

function DayColumn({
  date,
  items,
  from,
  hours,
  height,
  readOnly,
  outside,
  onAdd,
  onOpen,
  onDrop,
  sessions,
}: {
  date: string;
  items: PlacedItem<Session>[];
  from: number;
  hours: number[];
  height: number;
  readOnly: boolean;
  outside: boolean;
  onAdd: (date: string) => void;
  onOpen: (session: Session) => void;
  onDrop: (session: Session, y: number, grabbedAt: number) => void;
  sessions: Session[];
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const heading = formatDayHeading(date, lang);
  const dropProps = readOnly
    ? {}
    : {
        onDragOver: (event: DragEvent<HTMLDivElement>) => {
          if (event.dataTransfer.types.includes(DRAG_TYPE)) event.preventDefault();
        },
        onDrop: (event: DragEvent<HTMLDivElement>) => {
          const [id, grabbedAt] = event.dataTransfer.getData(DRAG_TYPE).split(' ');
          const session = sessions.find((s) => s.id === id);
          if (!session) return;
          event.preventDefault();
          const y = event.clientY - event.currentTarget.getBoundingClientRect().top;
          onDrop(session, y, Number(grabbedAt) || 0);
        },
      };
  const headingId = `day-${date}`;
  return (
    <Box
      component="section"
      role="listitem"
      aria-labelledby={headingId}
      miw={220}
      style={{ flex: '1 0 220px', borderInlineStart: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Stack h={HEADER} gap={4} px="xs" justify="center">
        <Text fw={700} size="sm" id={headingId}>
          {heading}
          {outside && (
            <Text span c="red" size="xs">
              {' '}
              {t('events.programme.outsideDates')}
            </Text>
          )}
        </Text>
        {!readOnly && (
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => onAdd(date)}
            aria-label={t('events.programme.addOn', { day: heading })}
          >
            {t('events.programme.add')}
          </Button>
        )}
      </Stack>
      <Box pos="relative" h={height} bg="gray.0" data-day={date} {...dropProps}>
        {hours.map((hour) => (
          <Box
            key={hour}
            pos="absolute"
            top={(hour * 60 - from) * SCALE}
            left={0}
            right={0}
            style={{ borderTop: '1px dashed var(--mantine-color-gray-3)' }}
            aria-hidden
          />
        ))}
        {items.length === 0 && (
          <Text size="xs" c="dimmed" p="xs">
            {t('events.programme.emptyDay')}
          </Text>
        )}
        {items.map((placed) => (
          <SessionCard
            key={placed.item.id}
            placed={placed}
            from={from}
            readOnly={readOnly}
            onOpen={onOpen}
          />
        ))}
      </Box>
    </Box>
  );
}

function SessionCard({
  placed,
  from,
  readOnly,
  onOpen,
}: {
  placed: PlacedItem<Session>;
  from: number;
  readOnly: boolean;
  onOpen: (session: Session) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const session = placed.item;
  const title = pickLocalized(session.title, lang) || t('events.untitled');
  const time = t('events.programme.time', {
    start: formatLocalTime(session.startTime, lang),
    end: formatLocalTime(session.endTime, lang),
  });
  const speakers = new Intl.ListFormat(lang).format(session.speakers.map((s) => s.name));
  const width = 100 / placed.lanes;
  const label = [
    title,
    time,
    session.room && t('events.programme.inRoom', { room: session.room }),
    speakers,
  ]
    .filter(Boolean)
    .join(' · ');

  const content = (
    <Paper
      withBorder
      shadow="xs"
      p={6}
      h="100%"
      bg={session.type === 'plenary' ? 'teal.0' : session.type === 'module' ? 'blue.0' : 'white'}
      style={{ overflow: 'hidden' }}
    >
      <Text size="sm" fw={600} lineClamp={2}>
        {title}
      </Text>
      <Text size="xs">{time}</Text>
      {session.room && (
        <Text size="xs" c="dimmed" truncate>
          {t('events.programme.inRoom', { room: session.room })}
        </Text>
      )}
      {speakers && (
        <Text size="xs" c="dimmed" truncate>
          {speakers}
        </Text>
      )}
    </Paper>
  );

  const style = {
    position: 'absolute' as const,
    top: (placed.start - from) * SCALE,
    height: Math.max(28, (placed.end - placed.start) * SCALE),
    insetInlineStart: `calc(${placed.lane * width}% + 2px)`,
    width: `calc(${width}% - 4px)`,
  };

  return readOnly ? (
    <div style={style} aria-label={label} role="group">
      {content}
    </div>
  ) : (
    <UnstyledButton
      style={style}
      draggable
      onDragStart={(event: DragEvent<HTMLButtonElement>) => {
        // Where in the card it was grabbed, in minutes, so the card lands where it is let go.
        const grabbedAt = (event.clientY - event.currentTarget.getBoundingClientRect().top) / SCALE;
        event.dataTransfer.setData(DRAG_TYPE, `${session.id} ${Math.round(grabbedAt)}`);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => onOpen(session)}
      data-session-id={session.id}
    >
      {content}
      {/* Named by what it shows (WCAG 2.5.3), then what it does. */}
      <VisuallyHidden>{t('events.programme.editSession')}</VisuallyHidden>
    </UnstyledButton>
  );
}
