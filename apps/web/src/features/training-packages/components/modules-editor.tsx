import { ActionIcon, Button, Fieldset, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { MAX_MODULE_HOURS } from '@multaqa/contract';
import { useState } from 'react';
import { useFieldArray, useFormState, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoveItem } from '../../../components/confirm-dialog';
import { FormErrorText } from '../../../components/form-error';
import { NumberField } from '../../../components/number-field';
import { LocalizedTextFields } from '../../../components/localized-text-fields';
import { currentLanguage } from '../../../lib/i18n';
import { formatHours } from '../../../lib/format';
import { emptyModule, totalHours, type PackageFormValues } from './package-form-values';

/** The package's modules, in order: add, remove (after confirming), move up and down. */
export function ModulesEditor({ control }: { control: Control<PackageFormValues> }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { fields, append, remove, move } = useFieldArray({ control, name: 'modules' });
  const modules = useWatch({ control, name: 'modules' });
  const { errors } = useFormState({ control });
  const [removing, setRemoving] = useState<number | null>(null);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3" id="modules-heading">
          {t('editor.modules')}
        </Title>
        <Text aria-live="polite" fw={500}>
          {t('editor.totalHours', {
            count: totalHours(modules),
            hours: formatHours(totalHours(modules), lang),
          })}
        </Text>
      </Group>
      <FormErrorText
        error={errors.modules?.root ?? (errors.modules?.message ? errors.modules : undefined)}
      />

      {fields.length === 0 && <Text c="dimmed">{t('editor.noModules')}</Text>}

      {fields.map((field, index) => {
        const number = index + 1;
        return (
          <Fieldset
            key={field.id}
            legend={t('editor.module', { number })}
            aria-label={t('editor.module', { number })}
          >
            <Stack gap="sm">
              <Group justify="flex-end" gap="xs">
                <Tooltip label={t('editor.moveUp', { number })}>
                  <ActionIcon
                    variant="default"
                    aria-label={t('editor.moveUp', { number })}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    <span aria-hidden>↑</span>
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('editor.moveDown', { number })}>
                  <ActionIcon
                    variant="default"
                    aria-label={t('editor.moveDown', { number })}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    <span aria-hidden>↓</span>
                  </ActionIcon>
                </Tooltip>
                <Button variant="subtle" color="red" size="xs" onClick={() => setRemoving(index)}>
                  {t('editor.removeModule', { number })}
                </Button>
              </Group>
              <LocalizedTextFields
                control={control}
                name={`modules.${index}.title`}
                label={(language) =>
                  t('editor.inLanguage', { field: t('editor.fields.moduleTitle'), language })
                }
                maxLength={200}
                cols={{ base: 1, md: 3 }}
              />
              <NumberField
                control={control}
                name={`modules.${index}.hours`}
                label={t('editor.fields.hours')}
                step={0.5}
                min={0.5}
                max={MAX_MODULE_HOURS}
                decimalScale={1}
                w={160}
              />
              <LocalizedTextFields
                control={control}
                name={`modules.${index}.learningOutcomes`}
                label={(language) =>
                  t('editor.inLanguage', { field: t('editor.fields.learningOutcomes'), language })
                }
                multiline
                cols={{ base: 1, md: 3 }}
              />
            </Stack>
          </Fieldset>
        );
      })}

      <Group>
        <Button variant="light" onClick={() => append(emptyModule())}>
          {t('editor.addModule')}
        </Button>
      </Group>

      <ConfirmRemoveItem
        index={removing}
        title={t('editor.removeModuleTitle')}
        message={(number) => t('editor.removeModuleMessage', { number })}
        onRemove={remove}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
