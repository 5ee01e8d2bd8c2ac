import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { pickLocalized, type RosterEntry } from '@multaqa/contract';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { matchesName } from '../../../lib/search-text';

const MAX_RESULTS = 8;

/** For a badge the camera cannot read: find the person on the local roster and check them in. */
export function NameSearch({
  entries,
  onPick,
}: {
  entries: RosterEntry[];
  onPick: (participantId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () =>
      query.trim()
        ? entries.filter((e) => matchesName(query, [e.fullNameAr, e.fullNameLatin]))
        : [],
    [entries, query],
  );

  return (
    <Stack gap="xs" component="section" aria-labelledby="scan-search-title">
      <Text component="h2" fw={700} id="scan-search-title">
        {t('scan.search.title')}
      </Text>
      <TextInput
        type="search"
        label={t('scan.search.label')}
        description={t('scan.search.hint')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        autoComplete="off"
      />
      {query.trim() && matches.length === 0 && (
        <Text c="dimmed" size="sm" role="status">
          {t('scan.search.none')}
        </Text>
      )}
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {matches.slice(0, MAX_RESULTS).map((entry) => {
          const status = entry.attendance?.status;
          return (
            <li key={entry.participantId}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} lang="ar" dir="rtl" truncate="end">
                    {entry.fullNameAr}
                  </Text>
                  <Text size="sm" lang="en" dir="ltr" truncate="end">
                    {entry.fullNameLatin}
                  </Text>
                  {entry.institution && (
                    <Text size="xs" c="dimmed" dir="auto" truncate="end">
                      {pickLocalized(entry.institution.name, lang)}
                    </Text>
                  )}
                </div>
                {status === 'present' || status === 'late' ? (
                  <Badge variant="light" color={status === 'late' ? 'yellow' : 'green'}>
                    {t(`scan.feedback.${status}`)}
                  </Badge>
                ) : (
                  <Button
                    size="sm"
                    onClick={() => onPick(entry.participantId)}
                    aria-label={t('scan.search.checkInNamed', {
                      name: entry.fullNameLatin || entry.fullNameAr,
                    })}
                  >
                    {t('scan.search.checkIn')}
                  </Button>
                )}
              </Group>
            </li>
          );
        })}
      </Stack>
      {matches.length > MAX_RESULTS && (
        <Text size="sm" c="dimmed">
          {t('scan.search.more', { count: matches.length - MAX_RESULTS })}
        </Text>
      )}
    </Stack>
  );
}
