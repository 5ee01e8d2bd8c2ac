import { ActionIcon, Button, Fieldset, Group, Stack, Text, Tooltip } from '@mantine/core';
import { SURVEY_SCOPES } from '@multaqa/contract';
import { useState } from 'react';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NativeSelectField } from '../../../components/choice-fields';
import { ConfirmRemoveItem } from '../../../components/confirm-dialog';
import { LocalizedTextFields } from '../../../components/localized-text-fields';
import { emptySurveyItem, type SetupFormValues } from '../lib/setup-form';

const MAX_ITEMS = 50;

/** The survey's items in order: a rating or a free text, about the event, each session or each trainer. */
export function SurveyItemsEditor({
  control,
  disabled,
}: {
  control: Control<SetupFormValues>;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'items' });
  const [removing, setRemoving] = useState<number | null>(null);

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('evaluations.setup.items')}</Text>
      {fields.length === 0 && <Text c="dimmed">{t('evaluations.setup.noItems')}</Text>}
      {fields.map((field, index) => {
        const number = index + 1;
        return (
          <Fieldset
            key={field.id}
            legend={t('evaluations.setup.item', { number })}
            disabled={disabled}
          >
            <Stack gap="xs">
              <Group gap="xs" align="flex-end" wrap="wrap">
                <NativeSelectField
                  control={control}
                  name={`items.${index}.type`}
                  label={t('evaluations.setup.itemType')}
                  data={[
                    { value: 'likert', label: t('evaluations.setup.likert') },
                    { value: 'text', label: t('evaluations.setup.text') },
                  ]}
                  w={{ base: '100%', xs: 200 }}
                />
                <NativeSelectField
                  control={control}
                  name={`items.${index}.scope`}
                  label={t('evaluations.setup.scope')}
                  data={SURVEY_SCOPES.map((scope) => ({
                    value: scope,
                    label: t(`evaluations.scope.${scope}`),
                  }))}
                  w={{ base: '100%', xs: 220 }}
                />
                <Group gap={4} ms="auto">
                  <Tooltip label={t('evaluations.setup.moveUp', { number })}>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('evaluations.setup.moveUp', { number })}
                      disabled={disabled || index === 0}
                      onClick={() => move(index, index - 1)}
                    >
                      <span aria-hidden>↑</span>
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('evaluations.setup.moveDown', { number })}>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('evaluations.setup.moveDown', { number })}
                      disabled={disabled || index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      <span aria-hidden>↓</span>
                    </ActionIcon>
                  </Tooltip>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    disabled={disabled}
                    onClick={() => setRemoving(index)}
                  >
                    {t('evaluations.setup.removeItem', { number })}
                  </Button>
                </Group>
              </Group>
              <LocalizedTextFields
                control={control}
                name={`items.${index}.prompt`}
                label={(language) =>
                  t('editor.inLanguage', { field: t('evaluations.setup.itemPrompt'), language })
                }
                maxLength={200}
                cols={{ base: 1, md: 3 }}
              />
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button
          variant="light"
          disabled={disabled || fields.length >= MAX_ITEMS}
          onClick={() => append(emptySurveyItem())}
        >
          {t('evaluations.setup.addItem')}
        </Button>
      </Group>
      <ConfirmRemoveItem
        index={removing}
        title={t('evaluations.setup.removeItemTitle')}
        message={(number) => t('evaluations.setup.removeItemMessage', { number })}
        onRemove={remove}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
