import '@mantine/core/styles/Image.css';
import { Button, Group, Image, Stack, Text } from '@mantine/core';
import { CERTIFICATE_ASSET_MAX_BYTES, CERTIFICATE_ASSET_TYPES } from '@multaqa/contract';
import { useState } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/error-alert';
import { FilePicker } from '../../../components/file-picker';
import { assetUrl, uploadAsset } from '../api/templates';

/** An uploaded image (background, logo, signature): its preview, a new upload, removing it. */
export function AssetField<T extends FieldValues>({
  control,
  name,
  label,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { field } = useController({ control, name });
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = (field.value as string | null | undefined) ?? null;

  const upload = async (file: File | null) => {
    setError(null);
    if (!file) return;
    if (!(CERTIFICATE_ASSET_TYPES as readonly string[]).includes(file.type)) {
      setError(t('certificates.editor.imageType'));
      return;
    }
    if (file.size > CERTIFICATE_ASSET_MAX_BYTES) {
      setError(t('certificates.editor.imageTooLarge'));
      return;
    }
    setUploading(true);
    try {
      const asset = await uploadAsset(file);
      field.onChange(asset.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Stack gap={4}>
      <FilePicker
        label={label}
        accept={CERTIFICATE_ASSET_TYPES.join(',')}
        onChange={(f) => void upload(f)}
      />
      <Text size="xs" c="dimmed">
        {t('certificates.editor.imageHint')}
      </Text>
      {uploading && (
        <Text size="sm" aria-live="polite">
          {t('certificates.editor.uploading')}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
      {id && (
        <Group gap="sm" align="center">
          <Image
            src={assetUrl(id)}
            alt={t('certificates.editor.imageAlt', { label })}
            h={56}
            w="auto"
            fit="contain"
          />
          <Button size="xs" variant="subtle" color="red" onClick={() => field.onChange(null)}>
            {t('certificates.editor.removeImage')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
