import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
} from '@mantine/core';
import { type InstitutionRef, type QuotasOverview } from '@multaqa/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { CountrySelect } from '../../../components/pickers/country-select';
import { InstitutionSelect } from '../../../components/pickers/institution-select';
import { ProblemError } from '../../../lib/problem';
import { useSetQuotas, type SetQuotasBody } from '../api/set-quotas';

interface Row {
  key: number;
  scope: 'institution' | 'country';
  institutionId: string | null;
  institution: Pick<InstitutionRef, 'id' | 'name' | 'countryCode'> | null;
  countryCode: string | null;
  capacity: number | '';
}

let nextKey = 1;

function toRows(overview: QuotasOverview): Row[] {
  return overview.quotas.map((q) => ({
    key: nextKey++,
    scope: q.scope,
    institutionId: q.institution?.id ?? null,
    institution: q.institution,
    countryCode: q.countryCode,
    capacity: q.capacity,
  }));
}

/** Edit the per-institution and per-country quotas in one go (PUT replaces them all). */
export function QuotasEditor({
  eventId,
  overview,
  onClose,
}: {
  eventId: string;
  overview: QuotasOverview;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => toRows(overview));
  const [incomplete, setIncomplete] = useState(false);
  const save = useSetQuotas(eventId);
  const update = (key: number, change: Partial<Row>) =>
    setRows((prev) => prev.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const submit = () => {
    const bad = rows.some(
      (r) => r.capacity === '' || (r.scope === 'institution' ? !r.institutionId : !r.countryCode),
    );
    setIncomplete(bad);
    if (bad) return;
    const body: SetQuotasBody = {
      quotas: rows.map((r) =>
        r.scope === 'institution'
          ? { scope: 'institution', institutionId: r.institutionId!, capacity: Number(r.capacity) }
          : { scope: 'country', countryCode: r.countryCode!, capacity: Number(r.capacity) },
      ),
    };
    save.mutate(body, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('registrations.quotas.editTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('registrations.quotas.editIntro', {
            count: overview.capacity,
            capacity: overview.capacity,
          })}
        </Text>
        {save.error && (
          <ErrorAlert
            error={save.error}
            details={save.error instanceof ProblemError ? save.error.errors : undefined}
          />
        )}
        {incomplete && (
          <Text c="red.8" size="sm" role="alert">
            {t('registrations.quotas.incomplete')}
          </Text>
        )}
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-end" gap="xs" wrap="wrap">
            <NativeSelect
              label={t('registrations.quotas.scope')}
              value={row.scope}
              onChange={(e) => update(row.key, { scope: e.currentTarget.value as Row['scope'] })}
              data={[
                { value: 'institution', label: t('registrations.quotas.scopes.institution') },
                { value: 'country', label: t('registrations.quotas.scopes.country') },
              ]}
              w={140}
            />
            {row.scope === 'institution' ? (
              <InstitutionSelect
                label={t('registrations.quotas.institution')}
                value={row.institutionId}
                initial={row.institution}
                onChange={(id) => update(row.key, { institutionId: id })}
                style={{ flex: 1, minWidth: 200 }}
              />
            ) : (
              <CountrySelect
                label={t('registrations.quotas.country')}
                value={row.countryCode}
                onChange={(code) => update(row.key, { countryCode: code })}
                style={{ flex: 1, minWidth: 200 }}
              />
            )}
            <NumberInput
              label={t('registrations.quotas.capacity')}
              value={row.capacity}
              min={0}
              max={100000}
              allowDecimal={false}
              onChange={(v) => update(row.key, { capacity: typeof v === 'number' ? v : '' })}
              w={110}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={t('registrations.quotas.remove', { number: index + 1 })}
              onClick={() => setRows((prev) => prev.filter((r) => r.key !== row.key))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="light"
          onClick={() =>
            setRows((prev) => [
              ...prev,
              {
                key: nextKey++,
                scope: 'institution',
                institutionId: null,
                institution: null,
                countryCode: null,
                capacity: '',
              },
            ])
          }
        >
          {t('registrations.quotas.add')}
        </Button>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
