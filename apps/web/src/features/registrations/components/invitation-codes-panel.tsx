import {
  Badge,
  Button,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { pickLocalized, type Event } from '@multaqa/contract';
import type { components } from '@multaqa/contract/openapi';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { InstitutionSelect } from '../../../components/pickers/institution-select';
import { formatDateTimeInZone, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { ProblemError } from '../../../lib/problem';
import { zonedLocalToIso } from '../../../lib/time-zone';
import {
  invitationCodesQueryOptions,
  useCreateInvitationCode,
  useRevokeInvitationCode,
} from '../api/invitation-codes';
import { LocalizedDateInput } from '../../../components/date-fields';

type Code = components['schemas']['InvitationCode'];

function registrationLink(eventId: string, code: string): string {
  return `${window.location.origin}/e/${eventId}/register?code=${encodeURIComponent(code)}`;
}

/** Invitation codes: create (institution, uses, expiry, note), list with uses, copy, revoke. */
export function InvitationCodesPanel({ event }: { event: Pick<Event, 'id' | 'timeZone'> }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useQuery(invitationCodesQueryOptions(event.id));
  const revoke = useRevokeInvitationCode(event.id);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Code | null>(null);
  const now = Date.now();

  const stateOf = (c: Code) =>
    c.revokedAt
      ? 'revoked'
      : c.expiresAt && Date.parse(c.expiresAt) < now
        ? 'expired'
        : c.uses >= c.maxUses
          ? 'usedUp'
          : 'active';

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('registrations.codes.intro')}
        </Text>
        <Button onClick={() => setCreating(true)}>{t('registrations.codes.create')}</Button>
      </Group>
      {query.isPending ? (
        <Skeleton height={120} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState title={t('registrations.codes.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t('registrations.codes.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                {(
                  ['code', 'institution', 'uses', 'expiresAt', 'note', 'state', 'actions'] as const
                ).map((c) => (
                  <Table.Th key={c} scope="col">
                    {t(`registrations.codes.columns.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((c) => {
                const state = stateOf(c);
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Text ff="monospace" fw={600} dir="ltr" span>
                        {c.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {c.institution
                        ? pickLocalized(c.institution.name, lang)
                        : t('registrations.codes.anyInstitution')}
                    </Table.Td>
                    <Table.Td>
                      {t('registrations.codes.usesOf', {
                        uses: formatNumber(c.uses, lang),
                        max: formatNumber(c.maxUses, lang),
                      })}
                    </Table.Td>
                    <Table.Td>
                      {c.expiresAt ? formatDateTimeInZone(c.expiresAt, lang, event.timeZone) : '—'}
                    </Table.Td>
                    <Table.Td>{c.note || '—'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={state === 'active' ? 'teal' : 'gray'}>
                        {t(`registrations.codes.states.${state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {/* The link carries the code, so the invited person only has to open it. */}
                        <CopyButton value={registrationLink(event.id, c.code)}>
                          {({ copied, copy }) => (
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={copy}
                              aria-label={t('registrations.codes.copyNamed', { code: c.code })}
                            >
                              {copied
                                ? t('registrations.codes.copied')
                                : t('registrations.codes.copy')}
                            </Button>
                          )}
                        </CopyButton>
                        {!c.revokedAt && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setRevoking(c)}
                            aria-label={t('registrations.codes.revokeNamed', { code: c.code })}
                          >
                            {t('registrations.codes.revoke')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && <CreateCodeDialog event={event} onClose={() => setCreating(false)} />}
      <ConfirmDialog
        opened={revoking !== null}
        title={t('registrations.codes.revokeTitle')}
        message={revoking ? t('registrations.codes.revokeMessage', { code: revoking.code }) : ''}
        confirmLabel={t('registrations.codes.revoke')}
        danger
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking && revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })
        }
      />
    </Stack>
  );
}

function CreateCodeDialog({
  event,
  onClose,
}: {
  event: Pick<Event, 'id' | 'timeZone'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateInvitationCode(event.id);
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [maxUses, setMaxUses] = useState<number | ''>(20);
  const [expires, setExpires] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (maxUses === '' || maxUses < 1) {
      setMissing(true);
      return;
    }
    setMissing(false);
    create.mutate(
      {
        institutionId,
        maxUses,
        expiresAt: expires ? zonedLocalToIso(`${expires}T23:59`, event.timeZone) : null,
        note: note.trim(),
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('registrations.codes.create')}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form onSubmit={submit} noValidate aria-label={t('registrations.codes.create')}>
        <Stack gap="sm">
          {create.error && (
            <ErrorAlert
              error={create.error}
              details={create.error instanceof ProblemError ? create.error.errors : undefined}
            />
          )}
          <InstitutionSelect
            label={t('registrations.codes.columns.institution')}
            description={t('registrations.codes.institutionHint')}
            placeholder={t('registrations.codes.anyInstitution')}
            value={institutionId}
            onChange={setInstitutionId}
          />
          <NumberInput
            label={t('registrations.codes.maxUses')}
            required
            min={1}
            max={10000}
            allowDecimal={false}
            value={maxUses}
            onChange={(v) => setMaxUses(typeof v === 'number' ? v : '')}
            error={missing ? t('validation.required') : undefined}
          />
          <LocalizedDateInput
            label={t('registrations.codes.expiresAt')}
            description={t('registrations.codes.expiresHint', { zone: event.timeZone })}
            clearable
            value={expires}
            onChange={setExpires}
          />
          <TextInput
            label={t('registrations.codes.columns.note')}
            value={note}
            maxLength={200}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('registrations.codes.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
