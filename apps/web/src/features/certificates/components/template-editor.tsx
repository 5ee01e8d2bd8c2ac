import '@mantine/core/styles/Grid.css';
import {
  ActionIcon,
  Button,
  Card,
  Grid,
  Group,
  Menu,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  CERTIFICATE_ELEMENT_KINDS,
  CERTIFICATE_LANGUAGE_MODES,
  certificateTemplateInputSchema,
  PAGE_ORIENTATIONS,
  PAGE_SIZES,
  type CertificateElement,
  type CertificateTemplateDesign,
  type CertificateTemplateInput,
} from '@multaqa/contract';
import { useState } from 'react';
import { useFieldArray, useForm, useFormState, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NativeSelectField, SwitchField } from '../../../components/choice-fields';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/text-fields';
import { schemaResolver } from '../../../lib/form';
import { useSave } from '../../../lib/use-save';
import { newElement, pageMm } from '../lib/template-defaults';
import { AssetField } from './asset-field';
import { ElementFields } from './element-fields';
import { TemplatePreview } from './template-preview';

type Design = CertificateTemplateDesign;

/** A short line that says which element this is: its kind and the start of its text. */
function useElementSummary() {
  const { t } = useTranslation();
  return (element: CertificateElement | undefined) => {
    if (!element) return '';
    const kind = t(`certificates.elementKinds.${element.kind}`);
    const text =
      element.kind === 'text'
        ? element.text?.ar || element.text?.en || element.text?.fr || ''
        : element.kind === 'signature'
          ? element.signatoryName?.ar || element.signatoryName?.en || ''
          : '';
    return text ? `${kind}: ${text.slice(0, 40)}` : kind;
  };
}

function ElementsEditor({ control }: { control: Control<Design> }) {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray({
    control,
    name: 'elements',
    keyName: 'key',
  });
  const elements = useWatch({ control, name: 'elements' });
  const [pageSize, orientation, languageMode] = useWatch({
    control,
    name: ['pageSize', 'orientation', 'languageMode'],
  });
  const { errors } = useFormState({ control, name: 'elements' });
  const [selected, setSelected] = useState(0);
  const summary = useElementSummary();
  const current = Math.min(selected, fields.length - 1);

  return (
    <Stack gap="sm" component="section" aria-labelledby="template-elements-title">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4" id="template-elements-title">
          {t('certificates.editor.elements')}
        </Title>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="xs" variant="light" disabled={fields.length >= 40}>
              {t('certificates.editor.addElement')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {CERTIFICATE_ELEMENT_KINDS.map((kind) => (
              <Menu.Item
                key={kind}
                onClick={() => {
                  append(newElement(kind, pageMm({ pageSize, orientation }), fields.length));
                  setSelected(fields.length);
                }}
              >
                {t(`certificates.elementKinds.${kind}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('certificates.editor.noElements')}
        </Text>
      ) : (
        <Stack gap={4} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {fields.map((field, index) => {
            const label = summary(elements?.[index]);
            const invalid = Boolean(errors.elements?.[index]);
            return (
              <Group
                key={field.key}
                component="li"
                gap={4}
                wrap="nowrap"
                p={4}
                style={{
                  borderRadius: 4,
                  background: index === current ? 'var(--mantine-color-teal-light)' : undefined,
                  outline: invalid ? '1px solid var(--mantine-color-red-6)' : undefined,
                }}
              >
                <UnstyledButton
                  onClick={() => setSelected(index)}
                  aria-pressed={index === current}
                  style={{ flex: 1, minWidth: 0 }}
                  px={4}
                >
                  <Text size="sm" truncate="end" dir="auto">
                    {index + 1}. {label}
                  </Text>
                </UnstyledButton>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  disabled={index === 0}
                  onClick={() => {
                    move(index, index - 1);
                    setSelected(index - 1);
                  }}
                  aria-label={t('certificates.editor.moveUp', { label })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  disabled={index === fields.length - 1}
                  onClick={() => {
                    move(index, index + 1);
                    setSelected(index + 1);
                  }}
                  aria-label={t('certificates.editor.moveDown', { label })}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  onClick={() => {
                    remove(index);
                    setSelected(Math.max(0, index - 1));
                  }}
                  aria-label={t('certificates.editor.remove', { label })}
                >
                  ×
                </ActionIcon>
              </Group>
            );
          })}
        </Stack>
      )}
      {current >= 0 && fields[current] && (
        <Card withBorder padding="sm" key={fields[current].key}>
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('certificates.editor.editing', { label: summary(elements?.[current]) })}
            </Text>
            <ElementFields control={control} index={current} languageMode={languageMode} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

/**
 * The template editor: page and languages, background, the elements, and beside them the PDF the
 * server draws from the design as it stands.
 */
export function TemplateEditor({
  initial,
  onSave,
  submitLabel,
  extraActions,
}: {
  initial: Design;
  onSave: (design: Design) => Promise<unknown>;
  submitLabel: string;
  extraActions?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const form = useForm<CertificateTemplateInput, unknown, Design>({
    resolver: schemaResolver(certificateTemplateInputSchema),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const control = form.control as unknown as Control<Design>;
  const { formRef, save, saveError, onInvalid } = useSave(form);
  const submit = form.handleSubmit(
    (values) =>
      save(async () => {
        await onSave(values);
        form.reset(values);
      }),
    onInvalid,
  );

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <form
          ref={formRef}
          noValidate
          onSubmit={submit}
          aria-label={t('certificates.editor.formLabel')}
        >
          <Stack gap="md">
            {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
            <TextField
              control={control}
              name="name"
              label={t('certificates.editor.name')}
              required
              maxLength={120}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelectField
                control={control}
                name="pageSize"
                label={t('certificates.editor.pageSize')}
                data={PAGE_SIZES.map((value) => ({ value, label: value }))}
              />
              <NativeSelectField
                control={control}
                name="orientation"
                label={t('certificates.editor.orientation')}
                data={PAGE_ORIENTATIONS.map((value) => ({
                  value,
                  label: t(`certificates.editor.orientations.${value}`),
                }))}
              />
              <NativeSelectField
                control={control}
                name="languageMode"
                label={t('certificates.editor.languageMode')}
                data={CERTIFICATE_LANGUAGE_MODES.map((value) => ({
                  value,
                  label: t(`certificates.languageMode.${value}`),
                }))}
              />
            </SimpleGrid>
            <SwitchField
              control={control}
              name="mirrorForRtl"
              label={t('certificates.editor.mirror')}
              description={t('certificates.editor.mirrorHint')}
            />
            <AssetField
              control={control}
              name="backgroundAssetId"
              label={t('certificates.editor.background')}
            />
            <ElementsEditor control={control} />
            <Group gap="sm">
              <Button type="submit" loading={form.formState.isSubmitting}>
                {submitLabel}
              </Button>
              {extraActions}
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <div style={{ position: 'sticky', top: 76 }}>
          <TemplatePreview control={control} />
        </div>
      </Grid.Col>
    </Grid>
  );
}
