import { LANGUAGES, pickLocalized, type Language, type LocalizedText } from '@multaqa/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  calendarUrl,
  publicEventQueryOptions,
} from '../../features/public-events/api/get-public-event';
import { useDocumentTitle } from '../../lib/document-title';
import {
  formatCountry,
  formatDateRange,
  formatDateTimeInZone,
  formatHijriDateRange,
  formatLanguages,
  formatTimeZone,
} from '../../lib/format';
import { currentLanguage, directionOf } from '../../lib/i18n';
import { useData } from '../data';
import { Link } from '../router';
import { Badge, ErrorAlert, Loading } from '../ui';
import { Programme } from './programme';

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
    <div className="row">
      <dt className="small dimmed strong">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** `/e/:id`: an event's public page, with its programme; never its participants. */
export function EventPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const query = useData(publicEventQueryOptions(id));
  const title = query.data ? pickLocalized(query.data.title, lang) || t('public.untitled') : '';
  useDocumentTitle(title || t('public.title'));

  if (query.isPending) return <Loading heights={[32, 120, 200]} />;
  if (query.isError || !query.data)
    return (
      <div className="stack">
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        <Link href="/e">{t('public.backToList')}</Link>
      </div>
    );

  const event = query.data;
  const zone = event.timeZone;
  const description = pickWithLanguage(event.description, lang);
  const at = (iso: string) => formatDateTimeInZone(iso, lang, zone);
  const venue = pickLocalized(event.venue, lang);

  return (
    <div className="stack">
      <Link href="/e" className="small">
        {t('public.backToList')}
      </Link>
      <div className="stack-tight">
        <h1>{title}</h1>
        <div className="badges">
          <Badge>{t(`events.status.${event.status}`)}</Badge>
          <Badge outline>{t(`events.kind.${event.kind}`)}</Badge>
          <Badge outline>{t(`events.mode.${event.mode}`)}</Badge>
        </div>
      </div>

      {event.status === 'registration_open' && (
        <div className="stack-tight">
          <Link href={`/e/${encodeURIComponent(event.id)}/register`} className="button">
            {t('public.register')}
          </Link>
          {event.registrationMode === 'invitation_only' && (
            <p className="small dimmed">{t('register.hints.codeRequired')}</p>
          )}
        </div>
      )}

      <div className="card">
        <dl className="rows">
          <Row label={t('events.fields.dates')}>
            <p>{formatDateRange(event.startDate, event.endDate, lang)}</p>
            {lang === 'ar' && (
              <p className="small dimmed">{formatHijriDateRange(event.startDate, event.endDate)}</p>
            )}
          </Row>
          <Row label={t('events.fields.timeZone')}>
            <p dir="ltr" className="small">
              {formatTimeZone(zone, lang)}
            </p>
          </Row>
          <Row label={t('public.place')}>
            {venue && <p>{venue}</p>}
            <p>
              {t('events.place', {
                city: pickLocalized(event.city, lang),
                country: formatCountry(event.countryCode, lang),
              })}
            </p>
          </Row>
          <Row label={t('events.fields.languages')}>
            <p>{formatLanguages(event.languages, lang)}</p>
          </Row>
          {(event.registrationOpensAt || event.registrationClosesAt) && (
            <Row label={t('events.detail.registrationWindow')}>
              <p>
                {t('events.detail.window', {
                  from: event.registrationOpensAt ? at(event.registrationOpensAt) : '—',
                  to: event.registrationClosesAt ? at(event.registrationClosesAt) : '—',
                })}
              </p>
            </Row>
          )}
        </dl>
        <hr />
        <a href={calendarUrl(event.id, lang)} download className="strong">
          {t('public.addToCalendar')}
        </a>
      </div>

      {description && (
        <p lang={description.lang} dir={directionOf(description.lang)} className="pre-line">
          {description.text}
        </p>
      )}

      {event.partners.length > 0 && (
        <section className="stack-tight" aria-labelledby="public-partners">
          <h2 id="public-partners">{t('events.fields.partners')}</h2>
          <ul>
            {event.partners.map((partner) => (
              <li key={`${partner.countryCode}-${pickLocalized(partner.name, 'en')}`}>
                {pickLocalized(partner.name, lang)} — {formatCountry(partner.countryCode, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="stack-small" aria-labelledby="public-programme">
        <h2 id="public-programme">{t('public.programme')}</h2>
        <p className="small dimmed">{t('events.programme.zone', { zone })}</p>
        <Programme event={event} />
      </section>
    </div>
  );
}
