import { Alert, List } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LANGUAGES, pickLocalized } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { listPackagesQueryOptions } from '../api/list-packages';
import type { PackageFormValues } from './package-form-values';

const same = (a: string | undefined, b: string) =>
  !!a && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Warns, without blocking, when another package already carries one of the titles typed: two
 * packages that read alike in the event form's picker are how a coordinator picks the wrong one.
 * Versions of the package being edited (its lineage) are not "another package".
 */
export function TitleRepeatWarning({
  control,
  lineageId,
}: {
  control: Control<PackageFormValues>;
  lineageId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const title = useWatch({ control, name: 'title' });
  const typed = LANGUAGES.map((l) => title?.[l]?.trim() ?? '').filter((v) => v.length >= 3);
  const [probe] = useDebouncedValue(typed[0] ?? '', 400);
  const query = useQuery({
    ...listPackagesQueryOptions({ q: probe, pageSize: 20 }),
    enabled: probe.length >= 3,
  });
  const clashes = (query.data?.items ?? []).filter(
    (pkg) =>
      pkg.lineageId !== lineageId &&
      typed.some((value) => LANGUAGES.some((l) => same(pkg.title[l], value))),
  );
  if (probe.length < 3 || clashes.length === 0) return null;
  return (
    <Alert color="yellow" title={t('editor.titleRepeat.title')} role="status">
      {t('editor.titleRepeat.body')}
      <List size="sm" mt="xs">
        {clashes.map((pkg) => (
          <List.Item key={pkg.id}>
            {t('pickers.packageLabel', {
              title: pickLocalized(pkg.title, lang) || t('pickers.untitled'),
              version: pkg.version,
            })}{' '}
            · {t(`packages.status.${pkg.status}`)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
