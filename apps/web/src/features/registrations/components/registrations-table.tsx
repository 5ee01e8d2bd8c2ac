import { Button, Checkbox, Skeleton, Stack, Table, Text } from '@mantine/core';
import { pickLocalized, type Question, type Registration } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { RegistrationStatusBadge } from '../../../components/registration-status-badge';
import { describeAnswers } from '../../../lib/answers';
import { formatCountry, formatDateTimeInZone, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { nameFor } from '../../../lib/person-names';

const COLUMNS = ['name', 'institution', 'nationality', 'status', 'source', 'createdAt'] as const;

const ACTIVE = new Set(['submitted', 'approved', 'waitlisted']);

export function RegistrationsTable({
  items,
  selected,
  onToggle,
  onToggleAll,
  onCancel,
  questions,
  timeZone,
}: {
  items: Registration[];
  /** The event's zone: every time of an event reads on its own clock. */
  timeZone: string;
  /** The event's own questions: when it has any, a column shows each person's answers. */
  questions: Question[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (checked: boolean) => void;
  onCancel: (registration: Registration) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const allChecked = items.length > 0 && items.every((r) => selected.has(r.id));
  const someChecked = items.some((r) => selected.has(r.id));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover aria-label={t('registrations.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label={t('registrations.selectAll')}
                checked={allChecked}
                indeterminate={someChecked && !allChecked}
                onChange={(e) => onToggleAll(e.currentTarget.checked)}
              />
            </Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c} scope="col">
                {t(`registrations.columns.${c}`)}
                {c === 'createdAt' && (
                  <Text component="span" display="block" size="xs" c="dimmed" fw={400}>
                    {t('registrations.eventTime')}
                  </Text>
                )}
              </Table.Th>
            ))}
            {questions.length > 0 && (
              <Table.Th scope="col">{t('registrations.columns.answers')}</Table.Th>
            )}
            <Table.Th scope="col">{t('registrations.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const p = r.participant;
            const name = nameFor(p, lang);
            const other = lang === 'ar' ? p.fullNameLatin : p.fullNameAr;
            return (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('registrations.select', { name })}
                    checked={selected.has(r.id)}
                    onChange={() => onToggle(r.id)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  {other && other !== name && (
                    <Text size="xs" c="dimmed">
                      {other}
                    </Text>
                  )}
                  {p.email && (
                    <Text size="xs" c="dimmed" dir="ltr" ta="start">
                      {p.email}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {p.institution ? pickLocalized(p.institution.name, lang) : '—'}
                  {r.proposedInstitution && (
                    <Text size="xs" c="dimmed">
                      {t('registrations.proposedInstitution', { name: r.proposedInstitution })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatCountry(p.nationality, lang)}</Table.Td>
                <Table.Td>
                  <RegistrationStatusBadge status={r.status} />
                  {r.status === 'waitlisted' && r.waitlistPosition !== null && (
                    <Text size="xs" c="dimmed">
                      {t('registrations.position', {
                        position: formatNumber(r.waitlistPosition, lang),
                      })}
                    </Text>
                  )}
                  {r.statusReason && (
                    <Text size="xs" c="dimmed">
                      {r.statusReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`registrations.source.${r.source}`)}</Table.Td>
                <Table.Td>{formatDateTimeInZone(r.createdAt, lang, timeZone)}</Table.Td>
                {questions.length > 0 && (
                  <Table.Td>
                    <AnswersCell questions={questions} answers={r.answers} />
                  </Table.Td>
                )}
                <Table.Td>
                  {ACTIVE.has(r.status) && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onCancel(r)}
                      aria-label={t('registrations.cancel.named', { name })}
                    >
                      {t('registrations.cancel.action')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AnswersCell({
  questions,
  answers,
}: {
  questions: Question[];
  answers: Registration['answers'];
}) {
  const { t, i18n } = useTranslation();
  const described = describeAnswers(questions, answers, currentLanguage(i18n), t);
  if (described.length === 0) return <Text c="dimmed">—</Text>;
  return (
    <Stack component="dl" gap={2} m={0}>
      {described.map((a) => (
        <div key={a.key}>
          <Text component="dt" span fw={500} size="xs">
            {a.label}:
          </Text>{' '}
          <Text component="dd" span size="xs" m={0}>
            {a.value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

export function RegistrationsTableSkeleton() {
  return (
    <div aria-busy="true">
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} height={28} mb={8} />
      ))}
    </div>
  );
}
