import { pickLocalized } from '@multaqa/contract';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  listPublicEventsQueryOptions,
  PUBLIC_EVENTS_PAGE_SIZE,
} from '../../features/public-events/api/list-public-events';
import { useDocumentTitle } from '../../lib/document-title';
import { formatCountry, formatDateRange, formatHijriDateRange } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { textParam } from '../../lib/search-params';
import { useData } from '../data';
import { Link, navigate } from '../router';
import { Badge, ErrorAlert, Loading } from '../ui';

/** How long typing must pause before the list is searched. */
const SEARCH_DELAY_MS = 350;

function listUrl(q: string | undefined, page: number) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/e?${query}` : '/e';
}

/** `/e?q=…&page=…`: the public events, searchable. */
export function EventsPage({ q: rawQ, page }: { q: string; page: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const q = textParam(rawQ);
  useDocumentTitle(t('public.title'));
  const query = useData(
    listPublicEventsQueryOptions({ q, page, pageSize: PUBLIC_EVENTS_PAGE_SIZE }),
  );
  // While another search or page loads, the list shown stays (no flash of grey blocks).
  const shown = useRef(query.data);
  if (query.data) shown.current = query.data;
  const list = query.data ?? (query.isPending ? shown.current : undefined);
  const [text, setText] = useState(q ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className="stack">
      <h1>{t('public.title')}</h1>
      <div className="field">
        <label htmlFor="public-search">{t('public.search')}</label>
        <input
          id="public-search"
          className="input"
          type="search"
          role="searchbox"
          placeholder={t('public.searchPlaceholder')}
          value={text}
          onInput={(event) => {
            const typed = event.currentTarget.value;
            setText(typed);
            clearTimeout(timer.current);
            timer.current = setTimeout(
              () => navigate(listUrl(typed.trim() || undefined, 1), { replace: true }),
              SEARCH_DELAY_MS,
            );
          }}
        />
      </div>
      {list ? null : query.isPending ? (
        <Loading heights={[90, 90]} />
      ) : (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      )}
      {!list ? null : list.items.length === 0 ? (
        <p className="empty">{q ? t('public.noResults', { q }) : t('public.empty')}</p>
      ) : (
        <>
          <ul className="grid grid-2 plain-list">
            {list.items.map((event) => (
              <li key={event.id} className="card stack-tight">
                <Link href={`/e/${encodeURIComponent(event.id)}`} className="strong">
                  {pickLocalized(event.title, lang) || t('public.untitled')}
                </Link>
                <p className="small">{formatDateRange(event.startDate, event.endDate, lang)}</p>
                {lang === 'ar' && (
                  <p className="xsmall dimmed">
                    {formatHijriDateRange(event.startDate, event.endDate)}
                  </p>
                )}
                <p className="small dimmed">
                  {t('events.place', {
                    city: pickLocalized(event.city, lang),
                    country: formatCountry(event.countryCode, lang),
                  })}
                </p>
                <div className="badges">
                  <Badge>{t(`events.status.${event.status}`)}</Badge>
                  <Badge outline>{t(`events.kind.${event.kind}`)}</Badge>
                </div>
              </li>
            ))}
          </ul>
          <Pagination
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            href={(next) => listUrl(q, next)}
          />
        </>
      )}
    </div>
  );
}

/** "1–12 of 57" and links to the pages; the links are hidden when everything fits on one. */
function Pagination({
  page,
  pageSize,
  total,
  href,
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <div className="pagination">
      <p className="small dimmed" aria-live="polite">
        {t('pagination.range', { from, to, total })}
      </p>
      {pages > 1 && (
        <nav aria-label={t('pagination.label')}>
          <ul className="pages plain-list">
            {page > 1 && (
              <li>
                <Link href={href(page - 1)} aria-label={t('pagination.previous')}>
                  ‹
                </Link>
              </li>
            )}
            {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                <Link
                  href={href(n)}
                  aria-label={t('pagination.page', { page: n })}
                  aria-current={n === page ? 'page' : undefined}
                >
                  {n}
                </Link>
              </li>
            ))}
            {page < pages && (
              <li>
                <Link href={href(page + 1)} aria-label={t('pagination.next')}>
                  ›
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}
