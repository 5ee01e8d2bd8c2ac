import {
  formatCalendarDate,
  formatDateRange,
  formatHijriDate,
  formatHijriDateRange,
  LANGUAGES,
  normalizeSerial,
  type CertificateClaims,
  type Language,
  type PublicCertificate,
  type SigningPublicKey,
} from '@multaqa/contract';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  publicCertificateQueryOptions,
  publishedKeysQueryOptions,
} from '../../features/certificate-verify/api/verify';
import {
  tokenFromHash,
  verifyCertificateToken,
  type TokenVerdict,
} from '../../features/certificate-verify/lib/verify-token';
import { useDocumentTitle } from '../../lib/document-title';
import { formatDateTime, formatHours } from '../../lib/format';
import { currentLanguage, directionOf } from '../../lib/i18n';
import { useData } from '../data';
import { Link, navigate } from '../router';
import { ErrorAlert, Loading } from '../ui';

/** The data of a query not asked for (hooks run in the same order on every render). */
const NOTHING = { queryKey: ['nothing'], queryFn: () => null, staleTime: Infinity };

const isolate = (text: string) => `\u2066${text}\u2069`;

/** Type a serial (as printed, spaces and dashes optional) and open its verification page. */
function SerialForm({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const serial = normalizeSerial(value);
    if (!serial) {
      setError(t('verify.form.invalid'));
      return;
    }
    setError(null);
    navigate(`/verify/${encodeURIComponent(serial)}`);
  };
  return (
    <form
      className="serial-form"
      onSubmit={submit}
      noValidate
      role="search"
      aria-label={t('verify.form.label')}
    >
      <div className="field">
        <label htmlFor="serial">{t('verify.form.serial')}</label>
        <p id="serial-hint" className="small dimmed">
          {t('verify.form.hint')}
        </p>
        <input
          id="serial"
          className="input"
          placeholder="MQ-2026-00001-R"
          dir="ltr"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'serial-hint serial-error' : 'serial-hint'}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
      </div>
      <button type="submit" className="button">
        {t('verify.form.submit')}
      </button>
      {error && (
        <p id="serial-error" className="field-error small" style={{ flexBasis: '100%' }}>
          {error}
        </p>
      )}
    </form>
  );
}

/** `/verify`: check a certificate by the serial printed on it. */
export function VerifyFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('verify.title'));
  return (
    <div className="stack">
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.form.intro')}</p>
      <SerialForm />
    </div>
  );
}

function Alert({
  tone,
  title,
  role,
  testId,
  children,
}: {
  tone: 'solid-green' | 'solid-red' | 'green' | 'red' | 'orange' | 'gray';
  title: string;
  role?: 'alert';
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className={`alert alert-${tone}`} role={role} data-testid={testId}>
      <p className="alert-title">{title}</p>
      {children}
    </div>
  );
}

/** The register's answer: valid, or revoked with why, when, and what replaced it. */
function StatusVerdict({ record }: { record: PublicCertificate }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (record.status === 'valid')
    return (
      <Alert tone="solid-green" title={t('verify.status.validTitle')} testId="status">
        <p>{t('verify.status.valid')}</p>
      </Alert>
    );
  return (
    <Alert tone="solid-red" title={t('verify.status.revokedTitle')} testId="status">
      <p>
        {record.revocationReason
          ? t('verify.status.revokedReason', { reason: record.revocationReason })
          : t('verify.status.revoked')}
      </p>
      {record.revokedAt && (
        <p>{t('verify.status.revokedOn', { date: formatDateTime(record.revokedAt, lang) })}</p>
      )}
      {record.replacedBySerial && (
        <p>
          {t('verify.status.replacedBy')}{' '}
          <Link href={`/verify/${encodeURIComponent(record.replacedBySerial)}`} dir="ltr">
            {record.replacedBySerial}
          </Link>
        </p>
      )}
    </Alert>
  );
}

/** What the signature in the link says, checked on this device. */
function SignatureVerdict({ verdict }: { verdict: TokenVerdict }) {
  const { t } = useTranslation();
  switch (verdict.kind) {
    case 'verified':
      return (
        <Alert tone="green" title={t('verify.signature.verifiedTitle')} testId="signature">
          <p>{t('verify.signature.verified', { kid: isolate(verdict.kid) })}</p>
          {verdict.retiredKey && <p className="small">{t('verify.signature.retiredKey')}</p>}
        </Alert>
      );
    case 'register_differs':
      return (
        <Alert
          tone="solid-red"
          title={t('verify.signature.differsTitle')}
          testId="signature"
          role="alert"
        >
          <p>{t('verify.signature.differs', { kid: isolate(verdict.kid) })}</p>
        </Alert>
      );
    case 'forged':
      return (
        <Alert
          tone="solid-red"
          title={t('verify.signature.forgedTitle')}
          testId="signature"
          role="alert"
        >
          <p>{t('verify.signature.forged')}</p>
        </Alert>
      );
    case 'other_serial':
      return (
        <Alert
          tone="solid-red"
          title={t('verify.signature.otherTitle')}
          testId="signature"
          role="alert"
        >
          <p>{t('verify.signature.other', { serial: isolate(verdict.claims.serial) })}</p>
        </Alert>
      );
    case 'malformed':
      return (
        <Alert tone="orange" title={t('verify.signature.malformedTitle')} testId="signature">
          <p>{t('verify.signature.malformed')}</p>
        </Alert>
      );
    case 'unverifiable':
      return (
        <Alert tone="orange" title={t('verify.signature.unverifiableTitle')} testId="signature">
          <p>{t('verify.signature.unverifiable')}</p>
        </Alert>
      );
    case 'absent':
      return (
        <Alert tone="gray" title={t('verify.signature.absentTitle')} testId="signature">
          <p>{t('verify.signature.absent')}</p>
        </Alert>
      );
  }
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="row">
      <dt className="small dimmed strong">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Each language's text the certificate prints, each in its own direction. */
function Texts({ texts }: { texts: Partial<Record<Language, string>> }) {
  return (
    <>
      {LANGUAGES.filter((l) => texts[l]).map((l) => (
        <p key={l} lang={l} className="strong">
          <bdi dir={directionOf(l)}>{texts[l]}</bdi>
        </p>
      ))}
    </>
  );
}

/** Exactly what the certificate shows (its claims), nothing else about the person. */
function CertificateView({ claims }: { claims: CertificateClaims }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <section className="card" aria-label={t('verify.content')}>
      <dl className="rows">
        <Row label={t('verify.fields.name')}>
          {claims.fullNameAr && (
            <p lang="ar" className="strong">
              <bdi dir="rtl">{claims.fullNameAr}</bdi>
            </p>
          )}
          {claims.fullNameLatin && (
            <p lang="en" className="strong">
              <bdi dir="ltr">{claims.fullNameLatin}</bdi>
            </p>
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
          <p>{formatDateRange(claims.startDate, claims.endDate, lang)}</p>
          <p lang="ar" className="small dimmed">
            <bdi dir="rtl">{formatHijriDateRange(claims.startDate, claims.endDate)}</bdi>
          </p>
        </Row>
        {claims.hours !== null && (
          <Row label={t('verify.fields.hours')}>
            <p>
              {t('verify.hours', { count: claims.hours, hours: formatHours(claims.hours, lang) })}
            </p>
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
            <ul className="small">
              {claims.modules.map((m, i) => (
                <li key={i}>
                  {m.title[lang] ?? Object.values(m.title)[0] ?? ''} —{' '}
                  {t('verify.hours', { count: m.hours, hours: formatHours(m.hours, lang) })}
                </li>
              ))}
            </ul>
          </Row>
        )}
        <Row label={t('verify.fields.serial')}>
          <p className="mono strong">
            <bdi dir="ltr">{claims.serial}</bdi>
          </p>
        </Row>
        <Row label={t('verify.fields.issuedOn')}>
          <p>{formatCalendarDate(claims.issuedOn, lang)}</p>
          <p lang="ar" className="small dimmed">
            <bdi dir="rtl">{formatHijriDate(claims.issuedOn)}</bdi>
          </p>
        </Row>
        <Row label={t('verify.fields.issuer')}>
          <p>{claims.issuer}</p>
        </Row>
      </dl>
    </section>
  );
}

/** The signed part of the link, which never reaches a server; follows the address bar. */
function useHashToken(): string | null {
  const [token, setToken] = useState(() => tokenFromHash(window.location.hash));
  useEffect(() => {
    const read = () => setToken(tokenFromHash(window.location.hash));
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  return token;
}

/** The verdict of the token, computed once the keys and the register have answered. */
function useVerdict(
  token: string | null,
  serial: string,
  keys: readonly SigningPublicKey[] | undefined,
  served: CertificateClaims | null,
  ready: boolean,
): TokenVerdict | null {
  const [verdict, setVerdict] = useState<{ input: string; value: TokenVerdict } | null>(null);
  const input = JSON.stringify([token, serial, keys?.map((k) => k.kid), served]);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void verifyCertificateToken(token, serial, keys ?? [], served).then((value) => {
      if (live) setVerdict({ input, value });
    });
    return () => {
      live = false;
    };
    // `input` says everything the check depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input, ready]);
  return verdict && verdict.input === input ? verdict.value : null;
}

/**
 * `/verify/:serial#MQC1..<signature>` (no sign-in): the certificate's status from the register,
 * and the signature of the link checked on this device against the published keys, over the
 * claims the register serves (a QR link) or the claims the link carries (a full token).
 */
export function VerifyPage({ serial: raw }: { serial: string }) {
  const { t } = useTranslation();
  const serial = normalizeSerial(raw);
  const token = useHashToken();
  useDocumentTitle(serial ? t('verify.titleSerial', { serial }) : t('verify.title'));
  // Nothing is asked for a serial that cannot be one, and no keys without a signature to check.
  const record = useData(serial ? publicCertificateQueryOptions(serial) : NOTHING);
  const keys = useData(token !== null ? publishedKeysQueryOptions : NOTHING);
  const served = record.data?.claims ?? null;
  const ready = serial !== null && (token === null || (!keys.isPending && !record.isPending));
  const verdict = useVerdict(token, serial ?? raw, keys.data?.keys, served, ready);

  if (serial === null)
    return (
      <div className="stack">
        <h1>{t('verify.title')}</h1>
        <div className="alert alert-orange" role="alert">
          <p className="alert-title">{t('verify.badSerialTitle')}</p>
          <p>{t('verify.badSerial', { serial: raw })}</p>
        </div>
        <SerialForm initial={raw} />
      </div>
    );

  const signed =
    verdict?.kind === 'verified' || verdict?.kind === 'register_differs' ? verdict.claims : null;
  // What to show: the claims the signature vouches for, else the register's record.
  const claims = signed ?? served;
  const loading = record.isPending || (token !== null && verdict === null && !keys.isError);

  return (
    <div className="stack">
      <div className="stack-tight">
        <h1>{t('verify.title')}</h1>
        <p className="mono">
          <bdi dir="ltr">{serial}</bdi>
        </p>
      </div>
      {loading ? (
        <Loading heights={[60, 60, 220]} />
      ) : (
        <div className="stack-small" aria-live="polite">
          {record.isError ? (
            <ErrorAlert
              error={record.error}
              title={t('verify.registerUnreachable')}
              onRetry={record.refetch}
            />
          ) : record.data ? (
            <StatusVerdict record={record.data} />
          ) : (
            <Alert tone="red" title={t('verify.notFoundTitle')} role="alert" testId="status">
              <p>{t('verify.notFound')}</p>
            </Alert>
          )}
          {token !== null && keys.isError ? (
            <ErrorAlert error={keys.error} title={t('verify.keysUnreachable')} />
          ) : (
            verdict && <SignatureVerdict verdict={verdict} />
          )}
          {claims && (
            <>
              {!signed && <p className="small dimmed">{t('verify.fromRegister')}</p>}
              <CertificateView claims={claims} />
            </>
          )}
        </div>
      )}
      <section className="stack-small" aria-labelledby="verify-another">
        <h2 id="verify-another">{t('verify.another')}</h2>
        <SerialForm />
      </section>
      <p className="xsmall dimmed inline-links">
        {t('verify.privacy')} <Link href="/e">{t('verify.events')}</Link>
      </p>
    </div>
  );
}
