import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { Button, Group, MultiSelect, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import {
  doorStaffCandidatesQueryOptions,
  doorStaffQueryOptions,
  useSetDoorStaff,
} from '../api/door-staff';

/** Who may scan badges at this event's door (and nothing else). */
export function DoorStaffPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const query = useQuery(doorStaffQueryOptions(eventId));
  if (query.isPending) return <Skeleton height={60} aria-label={t('common.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <DoorStaffForm eventId={eventId} current={query.data} />;
}

function DoorStaffForm({
  eventId,
  current,
}: {
  eventId: string;
  current: { id: string; fullName: string }[];
}) {
  const { t } = useTranslation();
  const save = useSetDoorStaff(eventId);
  const candidates = useQuery(doorStaffCandidatesQueryOptions);
  const [chosen, setChosen] = useState(() => current.map((user) => user.id));
  const options = useMemo(() => {
    const names = new Map(current.map((user) => [user.id, user.fullName]));
    for (const user of candidates.data ?? []) names.set(user.id, user.fullName);
    return [...names].map(([value, label]) => ({ value, label }));
  }, [current, candidates.data]);
  const unchanged =
    chosen.length === current.length && current.every((user) => chosen.includes(user.id));
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('attendance.doorStaff.hint')}
      </Text>
      {save.error && <ErrorAlert error={save.error} />}
      <Group align="flex-end" gap="xs">
        <MultiSelect
          label={t('attendance.doorStaff.label')}
          placeholder={chosen.length === 0 ? t('attendance.doorStaff.none') : undefined}
          searchable
          clearable
          nothingFoundMessage={
            candidates.isError ? t('pickers.loadFailed') : t('attendance.doorStaff.noCandidates')
          }
          data={options}
          value={chosen}
          onChange={setChosen}
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 260px' }}
        />
        <Button
          disabled={unchanged}
          loading={save.isPending}
          onClick={() =>
            save.mutate(chosen, {
              onSuccess: () =>
                notifications.show({ color: 'teal', message: t('attendance.doorStaff.saved') }),
            })
          }
        >
          {t('actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
