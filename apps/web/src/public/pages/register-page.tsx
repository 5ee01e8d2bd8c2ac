import { pickLocalized } from '@multaqa/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  registerForEvent,
  type PublicRegistrationBody,
} from '../../features/registration-form/api/register';
import { withProofOfWork } from '../../lib/proof-of-work';
import { useTranslation } from 'react-i18next';
import {
  publicEventTitleQueryOptions,
  publicRegistrationFormQueryOptions,
} from '../../features/registration-form/api/get-registration-form';
import { useDocumentTitle } from '../../lib/document-title';
import { formatCountry, formatDateRange } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { RegistrationForm } from '../form/registration-form';
import { useData } from '../data';
import { Link } from '../router';
import { ErrorAlert, Loading } from '../ui';

/** `/e/:id/register`: self-registration, built for a phone on a slow connection. */
export function RegisterPage({ id, code }: { id: string; code?: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const formQuery = useData(publicRegistrationFormQueryOptions(id));
  const eventQuery = useData(publicEventTitleQueryOptions(id));
  // When many registrations came from this connection, the API asks for a proof of work (428),
  // solved here and sent again; meanwhile the page says so.
  const [checkingConnection, setCheckingConnection] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const event = eventQuery.data;
  const title = event ? pickLocalized(event.title, lang) || t('public.untitled') : '';
  useDocumentTitle(title ? t('register.pageTitle', { title }) : t('register.title'));
  const eventHref = `/e/${encodeURIComponent(id)}`;
  const onSubmit = useCallback(
    async (body: PublicRegistrationBody) => {
      await withProofOfWork((proof) => registerForEvent(id, body, proof), setCheckingConnection);
      setSentTo(body.email);
      window.scrollTo({ top: 0 });
    },
    [id],
  );

  return (
    <div className="stack narrow">
      <Link href={eventHref} className="small">
        {t('register.backToEvent')}
      </Link>
      <div className="stack-tight">
        <h1 className="h2">{t('register.title')}</h1>
        {event ? (
          <>
            <p className="strong">{title}</p>
            <p className="small dimmed">
              {formatDateRange(event.startDate, event.endDate, lang)} ·{' '}
              {t('events.place', {
                city: pickLocalized(event.city, lang),
                country: formatCountry(event.countryCode, lang),
              })}
            </p>
          </>
        ) : (
          eventQuery.isPending && <div className="skeleton" style={{ height: 20, width: '70%' }} />
        )}
      </div>

      {sentTo ? (
        <RegistrationResult eventHref={eventHref} email={sentTo} />
      ) : formQuery.isPending ? (
        <Loading heights={[36, 36, 36]} />
      ) : formQuery.isError || !formQuery.data ? (
        <ErrorAlert error={formQuery.error} onRetry={() => void formQuery.refetch()} />
      ) : !formQuery.data.open ? (
        <div className="alert alert-gray" role="status">
          <p className="alert-title">{t('register.closed.title')}</p>
          <p>
            {formQuery.data.closedReason === 'not_open_yet'
              ? t('register.closed.notOpenYet')
              : t('register.closed.closed')}
          </p>
        </div>
      ) : (
        <RegistrationForm
          questions={formQuery.data.questions}
          invitationOnly={formQuery.data.mode === 'invitation_only'}
          initialCode={code}
          onSubmit={onSubmit}
        />
      )}
      {checkingConnection && (
        <div className="alert alert-blue" role="status">
          <span className="spinner" aria-hidden="true" /> {t('webSecurity.checkingConnection')}
        </div>
      )}
    </div>
  );
}

/**
 * After submitting: the same page whoever the address belongs to. Whether the place is taken,
 * the address already registered or its account's owner asked first is said in the email.
 */
function RegistrationResult({ eventHref, email }: { eventHref: string; email: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen readers and keyboards start from the outcome, not from the gone form.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="stack" aria-live="polite">
      <h2 ref={heading} tabIndex={-1}>
        {t('publicRegistration.sent.title')}
      </h2>
      <div className="alert alert-blue">
        <p>
          {t('publicRegistration.sent.body')}{' '}
          <span dir="ltr" className="strong">
            {email}
          </span>
        </p>
      </div>
      <p className="small dimmed">{t('publicRegistration.sent.next')}</p>
      <Link href={eventHref}>{t('register.backToEvent')}</Link>
    </div>
  );
}
