import '@mantine/core/styles/Progress.css';
import {
  Button,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { pickLocalized, type QuotasOverview } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { formatCountry, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { quotasQueryOptions } from '../api/get-quotas';
import { QuotasEditor } from './quotas-editor';

function UsageBar({ label, used, capacity }: { label: string; used: number; capacity: number }) {
  const value = capacity > 0 ? Math.min(100, (used / capacity) * 100) : 0;
  return (
    <Progress
      value={value}
      color={used >= capacity ? 'red' : value >= 80 ? 'yellow' : 'teal'}
      aria-label={label}
      size="md"
    />
  );
}

/** Capacity and counts of the event, and each quota's use, with an editor in a modal. */
export function QuotasPanel({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(quotasQueryOptions(eventId));
  const [editing, setEditing] = useState(false);
  const n = (value: number) => formatNumber(value, lang);

  if (query.isPending) return <Skeleton height={120} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const o: QuotasOverview = query.data;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="quotas-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="quotas-heading">
            {t('registrations.quotas.title')}
          </Title>
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('registrations.quotas.edit')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
          {(
            [
              ['capacity', o.capacity],
              ['approved', o.approved],
              ['remaining', o.remaining],
              ['submitted', o.submitted],
              ['waitlisted', o.waitlisted],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <Text size="xs" c="dimmed">
                {t(`registrations.quotas.${key}`)}
              </Text>
              <Text fw={700} size="lg">
                {n(value)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <UsageBar
          label={t('registrations.quotas.usage', {
            name: t('registrations.quotas.event'),
            used: n(o.approved),
            count: o.capacity,
            capacity: n(o.capacity),
          })}
          used={o.approved}
          capacity={o.capacity}
        />
        {o.quotas.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('registrations.quotas.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {o.quotas.map((q) => {
              const name =
                q.scope === 'institution'
                  ? pickLocalized(q.institution?.name, lang) || t('pickers.untitled')
                  : formatCountry(q.countryCode ?? '', lang);
              const usage = t('registrations.quotas.usage', {
                name,
                used: n(q.approved),
                count: q.capacity,
                capacity: n(q.capacity),
              });
              return (
                <li key={`${q.scope}-${q.institution?.id ?? q.countryCode}`}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm" truncate>
                      {name}
                    </Text>
                    <Text size="sm" c="dimmed" style={{ flex: 'none' }}>
                      {t('registrations.quotas.line', {
                        used: n(q.approved),
                        capacity: n(q.capacity),
                        remaining: n(q.remaining),
                        waitlisted: n(q.waitlisted),
                      })}
                    </Text>
                  </Group>
                  <UsageBar label={usage} used={q.approved} capacity={q.capacity} />
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
      {editing && <QuotasEditor eventId={eventId} overview={o} onClose={() => setEditing(false)} />}
    </Card>
  );
}
