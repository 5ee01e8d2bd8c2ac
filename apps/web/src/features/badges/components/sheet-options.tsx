import { Button, Checkbox, Group, NativeSelect, Text } from '@mantine/core';
import { BADGE_LAYOUTS, type BadgeLayout } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { badgeSheetUrl } from '../api/badge-sheet-url';

/**
 * The ids travel in the link's query; past about this many the address outgrows what servers
 * accept (16 KiB of headers in Node). "Download all" has no such limit.
 */
export const MAX_SELECTED_IN_LINK = 400;

/** Layout, staff badges, and the two downloads: the people ticked, or everyone approved. */
export function SheetOptions({
  eventId,
  layout,
  onLayout,
  includeStaff,
  onIncludeStaff,
  selected,
  total,
}: {
  eventId: string;
  layout: BadgeLayout;
  onLayout: (layout: BadgeLayout) => void;
  includeStaff: boolean;
  onIncludeStaff: (include: boolean) => void;
  selected: readonly string[];
  /** Approved registrations in the event (all of them, not just this page). */
  total: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NativeSelect
        label={t('badges.layoutField')}
        value={layout}
        onChange={(e) => onLayout(BADGE_LAYOUTS.find((l) => l === e.currentTarget.value) ?? 'a4')}
        data={BADGE_LAYOUTS.map((l) => ({ value: l, label: t(`badges.layouts.${l}`) }))}
      />
      <Checkbox
        label={t('badges.includeStaff')}
        checked={includeStaff}
        onChange={(e) => onIncludeStaff(e.currentTarget.checked)}
        mb={8}
      />
      {selected.length > MAX_SELECTED_IN_LINK ? (
        <Text size="sm" c="orange.9" role="status">
          {t('badges.tooManySelected', { number: formatNumber(MAX_SELECTED_IN_LINK, lang) })}
        </Text>
      ) : selected.length > 0 ? (
        <Button
          component="a"
          href={badgeSheetUrl(eventId, { layout, includeStaff, registrationIds: selected })}
          download
        >
          {t('badges.downloadSelected', { number: formatNumber(selected.length, lang) })}
        </Button>
      ) : (
        <Button disabled>{t('badges.downloadSelected', { number: formatNumber(0, lang) })}</Button>
      )}
      <Button
        component="a"
        variant="light"
        href={badgeSheetUrl(eventId, { layout, includeStaff })}
        download
      >
        {t('badges.downloadAll', { number: formatNumber(total, lang) })}
      </Button>
    </Group>
  );
}
