import { Anchor, Box, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  certificateTemplateInputSchema,
  pickLocalized,
  type CertificateTemplateDesign,
} from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { currentLanguage } from '../../../lib/i18n';
import { api, unwrap } from '../../../lib/api-client';
import { fetchPreview } from '../api/templates';
import { pageMm } from '../lib/template-defaults';

/** How long the editor must rest before the preview is drawn again. */
const PREVIEW_DELAY_MS = 700;

/**
 * The PDF the server draws from the design as it stands, with a real participant of a chosen
 * event or with sample data; drawn again when the design rests after a change.
 */
export function TemplatePreview({ control }: { control: Control<CertificateTemplateDesign> }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const values = useWatch({ control }) as CertificateTemplateDesign;
  const [eventId, setEventId] = useState('');
  const [debounced] = useDebouncedValue(JSON.stringify(values), PREVIEW_DELAY_MS);
  const [pdf, setPdf] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState(false);
  const events = useQuery({
    queryKey: ['certificates', 'preview-events'],
    queryFn: () => unwrap(api.GET('/api/events', { params: { query: { pageSize: 50 } } })),
  });

  useEffect(() => {
    const parsed = certificateTemplateInputSchema.safeParse(JSON.parse(debounced));
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    fetchPreview(parsed.data, eventId || undefined, controller.signal)
      .then((blob) => {
        const url = URL.createObjectURL(blob);
        setPdf((old) => {
          if (old) URL.revokeObjectURL(old);
          return url;
        });
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e);
        setLoading(false);
      });
    return () => controller.abort();
  }, [debounced, eventId]);

  useEffect(() => () => setPdf((old) => (old && URL.revokeObjectURL(old), null)), []);

  const page = pageMm(values);

  return (
    <Stack gap="xs" component="section" aria-labelledby="certificate-preview-title">
      <Text fw={600} id="certificate-preview-title">
        {t('certificates.preview.title')}
      </Text>
      <NativeSelect
        label={t('certificates.preview.event')}
        value={eventId}
        onChange={(e) => setEventId(e.currentTarget.value)}
        data={[
          { value: '', label: t('certificates.preview.sample') },
          ...(events.data?.items ?? []).map((event) => ({
            value: event.id,
            label: pickLocalized(event.title, lang) || t('events.untitled'),
          })),
        ]}
      />
      <Text size="xs" c="dimmed" aria-live="polite">
        {loading
          ? t('certificates.preview.loading')
          : invalid
            ? t('certificates.preview.invalid')
            : t('certificates.preview.hint')}
      </Text>
      {error !== null && <ErrorAlert error={error} />}
      <Box
        pos="relative"
        style={{
          aspectRatio: `${page.width} / ${page.height}`,
          border: '1px solid var(--mantine-color-gray-4)',
          background: 'var(--mantine-color-gray-0)',
        }}
      >
        {pdf && (
          <iframe
            src={`${pdf}#toolbar=0&navpanes=0&view=Fit`}
            title={t('certificates.preview.frameTitle')}
            style={{ width: '100%', height: '100%', border: 0 }}
          />
        )}
        {loading && (
          <Box pos="absolute" top={8} style={{ insetInlineEnd: 8 }} aria-hidden>
            <Loader size="sm" />
          </Box>
        )}
      </Box>
      {pdf && (
        // Phones show no PDF inside a page: the same file, opened on its own.
        <Anchor href={pdf} target="_blank" rel="noopener" size="sm">
          {t('certificates.preview.open')}
        </Anchor>
      )}
    </Stack>
  );
}
