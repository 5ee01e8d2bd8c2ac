import { Alert, List, Text } from '@mantine/core';
import type { components } from '@multaqa/contract/openapi';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

type BulkResult = components['schemas']['BulkResult'];

/**
 * What a bulk action did: how many changed, and for each one left as it was, who and why
 * (the API's translated message, e.g. "The event is full").
 */
export function BulkResultView({
  result,
  nameOf,
}: {
  result: BulkResult;
  /** The participant's name for a registration id, when it is on the page. */
  nameOf: (registrationId: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Alert
      color={result.skipped.length > 0 ? 'yellow' : 'teal'}
      variant="light"
      role="status"
      title={t('registrations.bulk.result', {
        updated: formatNumber(result.updated.length, lang),
        skipped: formatNumber(result.skipped.length, lang),
      })}
    >
      {result.skipped.length > 0 && (
        <>
          <Text size="sm" mb={4}>
            {t('registrations.bulk.skippedIntro')}
          </Text>
          <List size="sm">
            {result.skipped.map((s) => (
              <List.Item key={s.id}>
                <Text span fw={600}>
                  {nameOf(s.id) ?? t('registrations.bulk.unknownRow')}
                </Text>
                {t('registrations.bulk.separator')}
                {s.message}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
