import { Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { LANGUAGES, pickLocalized, type Event, type Language } from '@multaqa/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import {
  formatCountry,
  formatDateTimeInZone,
  formatLanguages,
  formatTimeZone,
} from '../../../lib/format';
import { currentLanguage, directionOf } from '../../../lib/i18n';
import { CoverageSummary, CoverageTable } from './coverage-table';
import { EventDates } from './event-dates';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Everything about the event, dates and times in its own zone and in the reader's language. */
export function EventOverview({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const zone = event.timeZone;
  const at = (iso: string | null) => (iso ? formatDateTimeInZone(iso, lang, zone) : '—');
  const described = LANGUAGES.filter((l) => event.description[l]?.trim());

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section id="event-when" title={t('events.detail.when')}>
          <Stack gap="sm" component="dl" m={0}>
            <Field label={t('events.fields.dates')}>
              <EventDates startDate={event.startDate} endDate={event.endDate} />
            </Field>
            <Field label={t('events.fields.timeZone')}>
              <span>{formatTimeZone(zone, lang)}</span>
            </Field>
            <Field label={t('events.detail.registrationWindow')}>
              {event.registrationOpensAt || event.registrationClosesAt
                ? t('events.detail.window', {
                    from: at(event.registrationOpensAt),
                    to: at(event.registrationClosesAt),
                  })
                : t('events.detail.noWindow')}
            </Field>
          </Stack>
        </Section>
        <Section id="event-where" title={t('events.detail.where')}>
          <Stack gap="sm" component="dl" m={0}>
            <Field label={t('events.fields.venue')}>
              {pickLocalized(event.venue, lang) || '—'}
            </Field>
            <Field label={t('events.fields.city')}>
              {t('events.place', {
                city: pickLocalized(event.city, lang),
                country: formatCountry(event.countryCode, lang),
              })}
            </Field>
            <Field label={t('events.fields.mode')}>{t(`events.mode.${event.mode}`)}</Field>
            <Field label={t('events.fields.languages')}>
              {formatLanguages(event.languages, lang)}
            </Field>
            <Field label={t('events.fields.capacity')}>
              {new Intl.NumberFormat(lang).format(event.capacity)}
            </Field>
          </Stack>
        </Section>
      </SimpleGrid>

      {described.length > 0 && (
        <Section id="event-description" title={t('events.fields.description')}>
          <Stack gap="sm">
            {described.map((l: Language) => (
              <div key={l}>
                <Text size="xs" c="dimmed" fw={700}>
                  {t(`language.names.${l}`)}
                </Text>
                <Text lang={l} dir={directionOf(l)} style={{ whiteSpace: 'pre-line' }}>
                  {event.description[l]}
                </Text>
              </div>
            ))}
          </Stack>
        </Section>
      )}

      {event.kind === 'training' && event.package && (
        <Section id="event-package" title={t('events.fields.package')}>
          <Stack gap="sm">
            <AnchorLink to="/packages/$id" params={{ id: event.package.id }}>
              {t('pickers.packageLabel', {
                title: pickLocalized(event.package.title, lang) || t('events.untitled'),
                version: event.package.version,
              })}
            </AnchorLink>
            <CoverageSummary event={event} />
            <CoverageTable event={event} />
          </Stack>
        </Section>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section id="event-partners" title={t('events.fields.partners')}>
          {event.partners.length === 0 ? (
            <Text c="dimmed">{t('events.detail.noPartners')}</Text>
          ) : (
            <List>
              {event.partners.map((p) => (
                <List.Item key={p.id}>
                  {pickLocalized(p.name, lang)} — {formatCountry(p.countryCode, lang)}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section id="event-coordinators" title={t('events.fields.coordinators')}>
          {event.coordinators.length === 0 ? (
            <Text c="dimmed">{t('events.detail.noCoordinators')}</Text>
          ) : (
            <List>
              {event.coordinators.map((c) => (
                <List.Item key={c.id}>{c.fullName}</List.Item>
              ))}
            </List>
          )}
        </Section>
      </SimpleGrid>

      <Section id="event-history" title={t('events.detail.history')}>
        <Table.ScrollContainer minWidth={560}>
          <Table aria-labelledby="event-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('events.history.when')}</Table.Th>
                <Table.Th scope="col">{t('events.history.change')}</Table.Th>
                <Table.Th scope="col">{t('events.history.by')}</Table.Th>
                <Table.Th scope="col">{t('events.history.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {event.history.map((change) => (
                <Table.Tr key={`${change.at}-${change.to}`}>
                  <Table.Td>{at(change.at)}</Table.Td>
                  <Table.Td>
                    {change.from
                      ? t('events.history.moved', {
                          from: t(`events.status.${change.from}`),
                          to: t(`events.status.${change.to}`),
                        })
                      : t('events.history.created', { to: t(`events.status.${change.to}`) })}
                  </Table.Td>
                  <Table.Td>{change.by?.fullName ?? '—'}</Table.Td>
                  <Table.Td>{change.reason || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>
    </Stack>
  );
}
