import { Button, Group, NativeSelect } from '@mantine/core';
import { EVENT_KINDS, GENDERS, type InstitutionRef, type ReportFilters } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/pickers/country-select';
import { InstitutionSelect } from '../../../components/pickers/institution-select';
import { oneOf } from '../../../lib/search-params';
import { useReportFormat } from '../lib/report-format';
import { PackageLineageSelect } from './package-lineage-select';

interface ReportsFiltersProps {
  values: ReportFilters;
  /** The years that have held events, offered for the span. */
  years: number[];
  /** The chosen institution's name, known from the figures, so a shared link shows it. */
  institution: Pick<InstitutionRef, 'id' | 'name' | 'countryCode'> | null;
  onChange: (change: Partial<ReportFilters>) => void;
  onClear: () => void;
  filtered: boolean;
}

export function ReportsFilters({
  values,
  years,
  institution,
  onChange,
  onClear,
  filtered,
}: ReportsFiltersProps) {
  const { t } = useTranslation();
  const f = useReportFormat();
  // A year from the link stays on offer even when no event was held in it.
  const yearOptions = [
    ...new Set([...years, values.yearFrom, values.yearTo].filter((y) => y !== undefined)),
  ].sort((a, b) => a - b);
  const yearData = (anyLabel: string) => [
    { value: '', label: anyLabel },
    ...yearOptions.map((y) => ({ value: String(y), label: f.year(y) })),
  ];
  const yearOf = (value: string) => (value ? Number(value) : undefined);
  const width = { base: '100%', xs: 200 };

  return (
    <Group
      align="flex-end"
      gap="sm"
      wrap="wrap"
      role="search"
      aria-label={t('reports.filters.label')}
    >
      <NativeSelect
        label={t('reports.filters.yearFrom')}
        value={values.yearFrom === undefined ? '' : String(values.yearFrom)}
        onChange={(event) => onChange({ yearFrom: yearOf(event.currentTarget.value) })}
        data={yearData(t('reports.filters.anyYear'))}
        w={{ base: 'calc(50% - 6px)', xs: 120 }}
      />
      <NativeSelect
        label={t('reports.filters.yearTo')}
        value={values.yearTo === undefined ? '' : String(values.yearTo)}
        onChange={(event) => onChange({ yearTo: yearOf(event.currentTarget.value) })}
        data={yearData(t('reports.filters.anyYear'))}
        w={{ base: 'calc(50% - 6px)', xs: 120 }}
      />
      <NativeSelect
        label={t('reports.filters.eventKind')}
        value={values.eventKind ?? ''}
        onChange={(event) => onChange({ eventKind: oneOf(EVENT_KINDS, event.currentTarget.value) })}
        data={[
          { value: '', label: t('reports.filters.allKinds') },
          ...EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kind.${kind}`) })),
        ]}
        w={width}
      />
      <CountrySelect
        label={t('reports.filters.country')}
        placeholder={t('reports.filters.allCountries')}
        clearable
        value={values.countryCode}
        onChange={(code) => onChange({ countryCode: code ?? undefined })}
        w={width}
      />
      <InstitutionSelect
        label={t('reports.filters.institution')}
        placeholder={t('reports.filters.allInstitutions')}
        value={values.institutionId}
        initial={institution}
        onChange={(id) => onChange({ institutionId: id ?? undefined })}
        w={{ base: '100%', xs: 280 }}
      />
      <NativeSelect
        label={t('reports.filters.gender')}
        value={values.gender ?? ''}
        onChange={(event) => onChange({ gender: oneOf(GENDERS, event.currentTarget.value) })}
        data={[
          { value: '', label: t('reports.filters.allGenders') },
          ...GENDERS.map((gender) => ({
            value: gender,
            label: t(`participants.gender.${gender}`),
          })),
        ]}
        w={width}
      />
      <PackageLineageSelect
        label={t('reports.filters.package')}
        placeholder={t('reports.filters.allPackages')}
        value={values.packageLineageId}
        onChange={(lineageId) => onChange({ packageLineageId: lineageId })}
        w={width}
      />
      <Button variant="default" onClick={onClear} disabled={!filtered}>
        {t('reports.filters.clear')}
      </Button>
    </Group>
  );
}
