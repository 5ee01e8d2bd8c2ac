import { Badge, Table, Text } from '@mantine/core';
import { pickLocalized, type Event } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

type Coverage = Event['coverage'][number];

function coverageState(module: Coverage): 'done' | 'short' | 'over' {
  if (module.scheduledHours < module.requiredHours) return 'short';
  if (module.scheduledHours > module.requiredHours) return 'over';
  return 'done';
}

const COLORS = { done: 'teal', short: 'orange', over: 'blue' } as const;

/**
 * Hours of the package the programme covers: a module counts up to its required hours, and
 * sessions outside the modules (a plenary, an opening) not at all, so it never reads "31 of 30".
 */
export function CoverageSummary({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const required = event.coverage.reduce((sum, m) => sum + m.requiredHours, 0);
  const covered = event.coverage.reduce(
    (sum, m) => sum + Math.min(m.scheduledHours, m.requiredHours),
    0,
  );
  const outside = event.scheduledHours - event.coverage.reduce((s, m) => s + m.scheduledHours, 0);
  return (
    <Text size="sm">
      {t('events.coverage.summary', {
        count: required,
        scheduled: formatHours(covered, lang),
        required: formatHours(required, lang),
      })}
      {outside > 0 && ` · ${t('events.coverage.outside', { hours: formatHours(outside, lang) })}`}
    </Text>
  );
}

/** For a training: per package module, the hours the programme schedules against those required. */
export function CoverageTable({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (event.coverage.length === 0) return <Text c="dimmed">{t('events.coverage.none')}</Text>;
  const required = event.coverage.reduce((sum, m) => sum + m.requiredHours, 0);
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label={t('events.coverage.title')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('events.coverage.module')}</Table.Th>
            <Table.Th scope="col">{t('events.coverage.scheduled')}</Table.Th>
            <Table.Th scope="col">{t('events.coverage.required')}</Table.Th>
            <Table.Th scope="col">{t('events.coverage.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {event.coverage.map((module) => {
            const state = coverageState(module);
            return (
              <Table.Tr key={module.moduleId}>
                <Table.Td>{pickLocalized(module.title, lang) || t('events.untitled')}</Table.Td>
                <Table.Td>{formatHours(module.scheduledHours, lang)}</Table.Td>
                <Table.Td>{formatHours(module.requiredHours, lang)}</Table.Td>
                <Table.Td>
                  <Badge color={COLORS[state]} variant="light">
                    {t(`events.coverage.states.${state}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('events.coverage.total')}</Table.Th>
            <Table.Td fw={700}>
              {formatHours(
                event.coverage.reduce((sum, m) => sum + m.scheduledHours, 0),
                lang,
              )}
            </Table.Td>
            <Table.Td fw={700}>{formatHours(required, lang)}</Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
