import { Card, Group, List, Stack, Text } from '@mantine/core';
import {
  formatCalendarDate,
  formatDateRange,
  formatHijriDate,
  formatHijriDateRange,
  LANGUAGES,
  type CertificateClaims,
  type Language,
} from '@multaqa/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../../lib/format';
import { currentLanguage, directionOf } from '../../../lib/i18n';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" align="baseline" wrap="wrap" component="div">
      <Text component="dt" size="sm" c="dimmed" fw={600} miw={130} style={{ flex: 'none' }}>
        {label}
      </Text>
      <Stack component="dd" gap={2} m={0} style={{ minWidth: 0, flex: '1 1 200px' }}>
        {children}
      </Stack>
    </Group>
  );
}

/** Each language's text the certificate prints, each in its own direction. */
function Texts({ texts }: { texts: Partial<Record<Language, string>> }) {
  return (
    <>
      {LANGUAGES.filter((l) => texts[l]).map((l) => (
        <Text key={l} lang={l} fw={500}>
          <bdi dir={directionOf(l)}>{texts[l]}</bdi>
        </Text>
      ))}
    </>
  );
}

/** Exactly what the certificate shows (its claims), nothing else about the person. */
export function CertificateView({ claims }: { claims: CertificateClaims }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Card withBorder padding="md" component="section" aria-label={t('verify.content')}>
      <Stack component="dl" gap="xs" m={0}>
        <Row label={t('verify.fields.name')}>
          {claims.fullNameAr && (
            <Text lang="ar" fw={700} size="lg">
              <bdi dir="rtl">{claims.fullNameAr}</bdi>
            </Text>
          )}
          {claims.fullNameLatin && (
            <Text lang="en" fw={700} size="lg">
              <bdi dir="ltr">{claims.fullNameLatin}</bdi>
            </Text>
          )}
        </Row>
        <Row label={t('verify.fields.event')}>
          <Texts texts={claims.eventTitle} />
        </Row>
        {claims.packageTitle && (
          <Row label={t('verify.fields.package')}>
            <Texts texts={claims.packageTitle} />
          </Row>
        )}
        <Row label={t('verify.fields.dates')}>
          <Text>{formatDateRange(claims.startDate, claims.endDate, lang)}</Text>
          <Text lang="ar" size="sm" c="dimmed">
            <bdi dir="rtl">{formatHijriDateRange(claims.startDate, claims.endDate)}</bdi>
          </Text>
        </Row>
        {claims.hours !== null && (
          <Row label={t('verify.fields.hours')}>
            <Text>
              {t('verify.hours', { count: claims.hours, hours: formatHours(claims.hours, lang) })}
            </Text>
          </Row>
        )}
        {claims.institution && (
          <Row label={t('verify.fields.institution')}>
            <Texts texts={claims.institution} />
          </Row>
        )}
        {claims.venue && (
          <Row label={t('verify.fields.venue')}>
            <Texts texts={claims.venue} />
          </Row>
        )}
        {claims.modules && claims.modules.length > 0 && (
          <Row label={t('verify.fields.modules')}>
            <List size="sm">
              {claims.modules.map((m, i) => {
                const title = m.title[lang] ?? Object.values(m.title)[0] ?? '';
                return (
                  <List.Item key={i}>
                    {title} —{' '}
                    {t('verify.hours', { count: m.hours, hours: formatHours(m.hours, lang) })}
                  </List.Item>
                );
              })}
            </List>
          </Row>
        )}
        <Row label={t('verify.fields.serial')}>
          <Text ff="monospace" fw={600}>
            <bdi dir="ltr">{claims.serial}</bdi>
          </Text>
        </Row>
        <Row label={t('verify.fields.issuedOn')}>
          <Text>{formatCalendarDate(claims.issuedOn, lang)}</Text>
          <Text lang="ar" size="sm" c="dimmed">
            <bdi dir="rtl">{formatHijriDate(claims.issuedOn)}</bdi>
          </Text>
        </Row>
        <Row label={t('verify.fields.issuer')}>
          <Text>{claims.issuer}</Text>
        </Row>
      </Stack>
    </Card>
  );
}
