import { Alert, Text } from '@mantine/core';
import type { PublicCertificate } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { TokenVerdict } from '../lib/verify-token';

const isolate = (text: string) => `\u2066${text}\u2069`;

/** The register's answer: valid (green) or revoked (red, why, when, and what replaced it). */
export function StatusVerdict({ record }: { record: PublicCertificate }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (record.status === 'valid')
    return (
      <Alert
        color="green"
        variant="filled"
        title={t('verify.status.validTitle')}
        data-testid="status"
      >
        {t('verify.status.valid')}
      </Alert>
    );
  return (
    <Alert
      color="red"
      variant="filled"
      title={t('verify.status.revokedTitle')}
      data-testid="status"
    >
      <Text size="sm" c="white">
        {record.revocationReason
          ? t('verify.status.revokedReason', { reason: record.revocationReason })
          : t('verify.status.revoked')}
      </Text>
      {record.revokedAt && (
        <Text size="sm" c="white">
          {t('verify.status.revokedOn', { date: formatDateTime(record.revokedAt, lang) })}
        </Text>
      )}
      {record.replacedBySerial && (
        <Text size="sm" c="white">
          {t('verify.status.replacedBy')}{' '}
          <AnchorLink
            to="/verify/$serial"
            params={{ serial: record.replacedBySerial }}
            c="white"
            fw={700}
            underline="always"
            dir="ltr"
          >
            {record.replacedBySerial}
          </AnchorLink>
        </Text>
      )}
    </Alert>
  );
}

/** What the signature in the link says, checked on this device. */
export function SignatureVerdict({ verdict }: { verdict: TokenVerdict }) {
  const { t } = useTranslation();
  switch (verdict.kind) {
    case 'verified':
      return (
        <Alert
          color="green"
          variant="light"
          title={t('verify.signature.verifiedTitle')}
          data-testid="signature"
        >
          {t('verify.signature.verified', { kid: isolate(verdict.kid) })}
          {verdict.retiredKey && (
            <Text size="sm" mt={4}>
              {t('verify.signature.retiredKey')}
            </Text>
          )}
        </Alert>
      );
    case 'forged':
      return (
        <Alert
          color="red"
          variant="filled"
          title={t('verify.signature.forgedTitle')}
          data-testid="signature"
          role="alert"
        >
          {t('verify.signature.forged')}
        </Alert>
      );
    case 'other_serial':
      return (
        <Alert
          color="red"
          variant="filled"
          title={t('verify.signature.otherTitle')}
          data-testid="signature"
          role="alert"
        >
          {t('verify.signature.other', { serial: isolate(verdict.claims.serial) })}
        </Alert>
      );
    case 'malformed':
      return (
        <Alert
          color="orange"
          variant="light"
          title={t('verify.signature.malformedTitle')}
          data-testid="signature"
        >
          {t('verify.signature.malformed')}
        </Alert>
      );
    case 'absent':
      return (
        <Alert
          color="gray"
          variant="light"
          title={t('verify.signature.absentTitle')}
          data-testid="signature"
        >
          {t('verify.signature.absent')}
        </Alert>
      );
  }
}
