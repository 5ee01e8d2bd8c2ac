import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { supportedTimeZones } from '../../lib/time-zone';

type TimeZoneSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null | undefined;
  onChange: (zone: string | null) => void;
};

/** A searchable list of IANA time zones (`Africa/Mogadishu`), written as the standard spells them. */
export function TimeZoneSelect({ value, onChange, ...props }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const data = useMemo(() => {
    const zones = supportedTimeZones();
    return value && !zones.includes(value) ? [value, ...zones] : zones;
  }, [value]);
  return (
    <Select
      searchable
      limit={100}
      nothingFoundMessage={t('pickers.nothingFound')}
      dir="ltr"
      {...props}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
