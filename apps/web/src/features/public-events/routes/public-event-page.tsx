import {
  Anchor,
  Badge,
  Card,
  Divider,
  Group,
  List,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { LANGUAGES, pickLocalized, type Language, type LocalizedText } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink, ButtonLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import {
  formatCountry,
  formatDateRange,
  formatDateTimeInZone,
  formatHijriDateRange,
  formatLanguages,
  formatTimeZone,
} from '../../../lib/format';
import { currentLanguage, directionOf } from '../../../lib/i18n';
import { calendarUrl, publicEventQueryOptions } from '../api/get-public-event';
import { PublicProgramme } from '../components/public-programme';

const route = getRouteApi('/_public/e/$id');

/** The reader's language if written in it, else the first that is; with that language's code. */
function pickWithLanguage(
  text: LocalizedText,
  lang: Language,
): { text: string; lang: Language } | null {
  for (const l of [lang, ...LANGUAGES.filter((x) => x !== lang)]) {
    const value = text[l]?.trim();
    if (value) return { text: value, lang: l };
  }
  return null;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" align="baseline" wrap="nowrap">
      <Text size="sm" c="dimmed" fw={600} miw={110} style={{ flex: 'none' }}>
        {label}
      </Text>
      <div style={{ minWidth: 0 }}>{children}</div>
    </Group>
  );
}

export function PublicEventPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { id } = route.useParams();
  const query = useQuery(publicEventQueryOptions(id));
  const title = query.data ? pickLocalized(query.data.title, lang) || t('public.untitled') : '';
  useDocumentTitle(title || t('public.title'));

  if (query.isPending)
    return (
      <Stack aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={32} width="70%" />
        <Skeleton height={120} />
        <Skeleton height={200} />
      </Stack>
    );
  if (query.isError)
    return (
      <Stack>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        <AnchorLink to="/e">{t('public.backToList')}</AnchorLink>
      </Stack>
    );

  const event = query.data;
  const zone = event.timeZone;
  const description = pickWithLanguage(event.description, lang);
  const at = (iso: string) => formatDateTimeInZone(iso, lang, zone);

  return (
    <Stack gap="md">
      <AnchorLink to="/e" size="sm">
        {t('public.backToList')}
      </AnchorLink>
      <Stack gap={6}>
        <Title order={1}>{title}</Title>
        <Group gap={6}>
          <Badge variant="light">{t(`events.status.${event.status}`)}</Badge>
          <Badge variant="outline" color="gray">
            {t(`events.kind.${event.kind}`)}
          </Badge>
          <Badge variant="outline" color="gray">
            {t(`events.mode.${event.mode}`)}
          </Badge>
        </Group>
      </Stack>

      {event.status === 'registration_open' && (
        <Stack gap={4}>
          <ButtonLink to="/e/$id/register" params={{ id: event.id }} size="md" fullWidth>
            {t('public.register')}
          </ButtonLink>
          {event.registrationMode === 'invitation_only' && (
            <Text size="sm" c="dimmed">
              {t('register.hints.codeRequired')}
            </Text>
          )}
        </Stack>
      )}

      <Card withBorder padding="md">
        <Stack gap="xs">
          <Row label={t('events.fields.dates')}>
            <Text>{formatDateRange(event.startDate, event.endDate, lang)}</Text>
            {lang === 'ar' && (
              <Text size="sm" c="dimmed">
                {formatHijriDateRange(event.startDate, event.endDate)}
              </Text>
            )}
          </Row>
          <Row label={t('events.fields.timeZone')}>
            <Text dir="ltr" size="sm">
              {formatTimeZone(zone, lang)}
            </Text>
          </Row>
          <Row label={t('public.place')}>
            {pickLocalized(event.venue, lang) && <Text>{pickLocalized(event.venue, lang)}</Text>}
            <Text>
              {t('events.place', {
                city: pickLocalized(event.city, lang),
                country: formatCountry(event.countryCode, lang),
              })}
            </Text>
          </Row>
          <Row label={t('events.fields.languages')}>
            <Text>{formatLanguages(event.languages, lang)}</Text>
          </Row>
          {(event.registrationOpensAt || event.registrationClosesAt) && (
            <Row label={t('events.detail.registrationWindow')}>
              <Text>
                {t('events.detail.window', {
                  from: event.registrationOpensAt ? at(event.registrationOpensAt) : '—',
                  to: event.registrationClosesAt ? at(event.registrationClosesAt) : '—',
                })}
              </Text>
            </Row>
          )}
          <Divider />
          <Anchor href={calendarUrl(event.id, lang)} download fw={600}>
            {t('public.addToCalendar')}
          </Anchor>
        </Stack>
      </Card>

      {description && (
        <Text
          lang={description.lang}
          dir={directionOf(description.lang)}
          style={{ whiteSpace: 'pre-line' }}
        >
          {description.text}
        </Text>
      )}

      {event.partners.length > 0 && (
        <Stack gap={4} component="section" aria-labelledby="public-partners">
          <Title order={2} size="h3" id="public-partners">
            {t('events.fields.partners')}
          </Title>
          <List>
            {event.partners.map((partner) => (
              <List.Item key={`${partner.countryCode}-${pickLocalized(partner.name, 'en')}`}>
                {pickLocalized(partner.name, lang)} — {formatCountry(partner.countryCode, lang)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}

      <Stack gap="sm" component="section" aria-labelledby="public-programme">
        <Title order={2} size="h3" id="public-programme">
          {t('public.programme')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('events.programme.zone', { zone })}
        </Text>
        <PublicProgramme event={event} />
      </Stack>
    </Stack>
  );
}
