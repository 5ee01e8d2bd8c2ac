import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { normalizeSerial } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/links';
import { useDocumentTitle } from '../../../lib/document-title';
import { publicCertificateQueryOptions, publishedKeysQueryOptions } from '../api/verify';
import { CertificateView } from '../components/certificate-view';
import { SerialForm } from '../components/serial-form';
import { SignatureVerdict, StatusVerdict } from '../components/verdict';
import { tokenFromHash, verifyCertificateToken } from '../lib/verify-token';

const route = getRouteApi('/_public/verify/$serial');

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

/**
 * `/verify/$serial#MQC1…` (no sign-in): the certificate's status from the register, and its
 * signature checked on this device against the published keys, so a forged or altered link shows
 * as such even without trusting our database.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const { serial: raw } = route.useParams();
  const serial = normalizeSerial(raw);
  const token = useHashToken();
  useDocumentTitle(t('verify.titleSerial', { serial: serial ?? raw }));

  const record = useQuery({
    ...publicCertificateQueryOptions(serial ?? ''),
    enabled: serial !== null,
  });
  const keys = useQuery({ ...publishedKeysQueryOptions, enabled: token !== null });
  const verdict = useQuery({
    queryKey: ['certificate-token', serial, token, keys.data?.keys.map((k) => k.kid).join()],
    queryFn: () => verifyCertificateToken(token, serial ?? raw, keys.data?.keys ?? []),
    enabled: token === null || keys.isSuccess,
    staleTime: Infinity,
  });

  if (serial === null)
    return (
      <Stack gap="md">
        <Title order={1}>{t('verify.title')}</Title>
        <Alert color="orange" variant="light" role="alert" title={t('verify.badSerialTitle')}>
          {t('verify.badSerial', { serial: raw })}
        </Alert>
        <SerialForm initial={raw} />
      </Stack>
    );

  const signed = verdict.data?.kind === 'verified' ? verdict.data.claims : null;
  // What to show: the signed claims when they check out, else the register's record.
  const claims = signed ?? record.data?.claims ?? null;
  const loading = record.isPending || (token !== null && (keys.isPending || verdict.isPending));

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={1}>{t('verify.title')}</Title>
        <Text ff="monospace" size="lg">
          <bdi dir="ltr">{serial}</bdi>
        </Text>
      </Stack>

      {loading ? (
        <Stack aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={60} />
          <Skeleton height={60} />
          <Skeleton height={220} />
        </Stack>
      ) : (
        <Stack gap="sm" aria-live="polite">
          {record.isError ? (
            <ErrorAlert
              error={record.error}
              title={t('verify.registerUnreachable')}
              onRetry={() => void record.refetch()}
            />
          ) : record.data ? (
            <StatusVerdict record={record.data} />
          ) : (
            <Alert
              color="red"
              variant="light"
              role="alert"
              title={t('verify.notFoundTitle')}
              data-testid="status"
            >
              {t('verify.notFound')}
            </Alert>
          )}
          {keys.isError ? (
            <ErrorAlert error={keys.error} title={t('verify.keysUnreachable')} />
          ) : (
            verdict.data && <SignatureVerdict verdict={verdict.data} />
          )}
          {claims && (
            <>
              {!signed && (
                <Text size="sm" c="dimmed">
                  {t('verify.fromRegister')}
                </Text>
              )}
              <CertificateView claims={claims} />
            </>
          )}
        </Stack>
      )}

      <Stack gap="xs" component="section" aria-labelledby="verify-another">
        <Title order={2} size="h4" id="verify-another">
          {t('verify.another')}
        </Title>
        <SerialForm />
      </Stack>
      <Text size="xs" c="dimmed">
        {t('verify.privacy')}{' '}
        <AnchorLink to="/e" size="xs" underline="always">
          {t('verify.events')}
        </AnchorLink>
      </Text>
    </Stack>
  );
}
