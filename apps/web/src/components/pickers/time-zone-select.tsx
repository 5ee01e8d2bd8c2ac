import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeZone } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { supportedTimeZones } from '../../lib/time-zone';

type TimeZoneSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null | undefined;
  onChange: (zone: string | null) => void;
};

/**
 * A searchable list of IANA time zones, each named in the reader's language with its offset and
 * its standard name, so "Mogadishu", "GMT+03:00" and "شرق أفريقيا" all find Africa/Mogadishu.
 */
export function TimeZoneSelect({ value, onChange, ...props }: TimeZoneSelectProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const data = useMemo(() => {
    const zones = supportedTimeZones();
    return (value && !zones.includes(value) ? [value, ...zones] : zones).map((zone) => ({
      value: zone,
      label: formatTimeZone(zone, lang),
    }));
  }, [value, lang]);
  return (
    <Select
      searchable
      limit={100}
      nothingFoundMessage={t('pickers.nothingFound')}
      {...props}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
