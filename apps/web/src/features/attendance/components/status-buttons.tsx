import { Button, SimpleGrid } from '@mantine/core';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';

export const STATUS_COLORS: Record<AttendanceStatus, string> = {
  present: 'teal',
  late: 'orange',
  excused: 'blue',
  absent: 'red',
};

/**
 * One tap per status. Toggle buttons rather than radios: a radio group moves (and here, would
 * save) its choice with every arrow key. Each is a 44 px target, four to a row even at 360 px.
 */
export function StatusButtons({
  name,
  value,
  onChange,
}: {
  /** Whose status it is, so a screen reader hears "Ahmed Ali, Present, pressed". */
  name: string;
  value: AttendanceStatus | null;
  onChange: (status: AttendanceStatus) => void;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={4} spacing={4} role="group" aria-label={name}>
      {ATTENDANCE_STATUSES.map((status) => {
        const pressed = value === status;
        return (
          <Button
            key={status}
            h={44}
            px={4}
            size="sm"
            fullWidth
            color={STATUS_COLORS[status]}
            variant={pressed ? 'filled' : 'default'}
            aria-pressed={pressed}
            onClick={() => {
              if (!pressed) onChange(status);
            }}
          >
            {t(`attendance.status.${status}`)}
          </Button>
        );
      })}
    </SimpleGrid>
  );
}
