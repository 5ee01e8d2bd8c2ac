import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  Stack,
  Tabs,
  Text,
  Tooltip,
} from '@mantine/core';
import { LANGUAGES, pickLocalized } from '@multaqa/contract';
import {
  get,
  useFieldArray,
  useFormState,
  useWatch,
  type Control,
  type UseFormSetValue,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorText, type ErrorLike } from '../../../components/form-error';
import { NumberField } from '../../../components/number-field';
import { TextField } from '../../../components/text-fields';
import { currentLanguage, directionOf } from '../../../lib/i18n';
import {
  changeType,
  emptyOption,
  markCorrect,
  type BankFormValues,
  type OptionFormValues,
} from '../lib/bank-form';

const MAX_OPTIONS = 8;

interface QuestionEditorProps {
  control: Control<BankFormValues>;
  index: number;
  count: number;
  setValue: UseFormSetValue<BankFormValues>;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One question: type, points, texts per language, its options and which are correct. */
export function QuestionEditor({
  control,
  index,
  count,
  setValue,
  onMove,
  onRemove,
}: QuestionEditorProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const number = index + 1;
  const base = `questions.${index}` as const;
  const question = useWatch({ control, name: base });
  const options = useFieldArray({ control, name: `${base}.options` });
  const { errors, isSubmitted } = useFormState({ control });
  const optionsError = get(errors, `${base}.options`) as
    (ErrorLike & { root?: ErrorLike }) | undefined;
  const promptError = get(errors, `${base}.prompt`) as ErrorLike;
  // Only the correct flags change: the options keep their fields (and their typed texts).
  const setCorrect = (next: OptionFormValues[]) =>
    next.forEach((o, i) =>
      setValue(`${base}.options.${i}.correct`, o.correct, {
        shouldDirty: true,
        shouldValidate: isSubmitted,
      }),
    );
  const optionLabel = (i: number) => {
    const text = pickLocalized(question.options[i]?.text ?? {}, lang);
    return text
      ? t('evaluations.bank.optionWithText', { number: i + 1, text })
      : t('evaluations.bank.option', { number: i + 1 });
  };

  return (
    <Fieldset legend={t('evaluations.bank.question', { number })} data-testid="bank-question">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Radio.Group
            label={t('evaluations.bank.type')}
            value={question.type}
            onChange={(value) => {
              const type = value === 'multiple' ? 'multiple' : 'single';
              setValue(`${base}.type`, type, { shouldDirty: true });
              setCorrect(changeType(question, type));
            }}
          >
            <Group gap="md" mt={4}>
              <Radio value="single" label={t('evaluations.bank.single')} />
              <Radio value="multiple" label={t('evaluations.bank.multiple')} />
            </Group>
          </Radio.Group>
          <Group gap="xs">
            <Tooltip label={t('evaluations.bank.moveUp', { number })}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('evaluations.bank.moveUp', { number })}
                disabled={index === 0}
                onClick={() => onMove(index - 1)}
              >
                <span aria-hidden>↑</span>
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('evaluations.bank.moveDown', { number })}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('evaluations.bank.moveDown', { number })}
                disabled={index === count - 1}
                onClick={() => onMove(index + 1)}
              >
                <span aria-hidden>↓</span>
              </ActionIcon>
            </Tooltip>
            <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
              {t('evaluations.bank.remove', { number })}
            </Button>
          </Group>
        </Group>

        <NumberField
          control={control}
          name={`${base}.points`}
          label={t('evaluations.bank.points')}
          min={1}
          max={100}
          allowDecimal={false}
          w={140}
        />

        <Tabs defaultValue={lang} keepMounted={false}>
          <Tabs.List aria-label={t('editor.contentLanguages')}>
            {LANGUAGES.map((l) => (
              <Tabs.Tab key={l} value={l}>
                {t(`language.names.${l}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {LANGUAGES.map((l) => {
            const language = t(`language.names.${l}`);
            return (
              <Tabs.Panel key={l} value={l} pt="sm">
                <Stack gap="xs" lang={l}>
                  <TextField
                    control={control}
                    name={`${base}.prompt.${l}`}
                    label={t('editor.inLanguage', {
                      field: t('evaluations.bank.prompt'),
                      language,
                    })}
                    dir={directionOf(l)}
                    maxLength={200}
                    groupError={!!promptError?.message}
                  />
                  {options.fields.map((field, i) => (
                    <Group key={field.id} gap="xs" align="flex-end" wrap="nowrap">
                      <TextField
                        control={control}
                        name={`${base}.options.${i}.text.${l}`}
                        label={t('editor.inLanguage', {
                          field: t('evaluations.bank.option', { number: i + 1 }),
                          language,
                        })}
                        dir={directionOf(l)}
                        maxLength={200}
                        style={{ flex: 1 }}
                      />
                      <Tooltip label={t('evaluations.bank.removeOption', { number: i + 1 })}>
                        <ActionIcon
                          variant="default"
                          size="lg"
                          mb={4}
                          aria-label={t('evaluations.bank.removeOption', { number: i + 1 })}
                          disabled={options.fields.length <= 2}
                          onClick={() => {
                            const rest = question.options.filter((_, j) => j !== i);
                            options.remove(i);
                            // A single-choice question keeps a correct option.
                            if (question.type === 'single' && !rest.some((o) => o.correct))
                              setValue(`${base}.options.0.correct`, true, { shouldDirty: true });
                          }}
                        >
                          <span aria-hidden>×</span>
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  ))}
                </Stack>
              </Tabs.Panel>
            );
          })}
        </Tabs>
        <FormErrorText error={promptError?.message ? promptError : undefined} />

        <Group>
          <Button
            variant="light"
            size="xs"
            disabled={options.fields.length >= MAX_OPTIONS}
            onClick={() => options.append(emptyOption())}
          >
            {t('evaluations.bank.addOption')}
          </Button>
        </Group>

        {question.type === 'single' ? (
          <Radio.Group
            label={t('evaluations.bank.correctSingle')}
            value={question.options.find((o) => o.correct)?.id ?? ''}
            onChange={(id) =>
              setCorrect(
                markCorrect(
                  question,
                  question.options.findIndex((o) => o.id === id),
                  true,
                ),
              )
            }
          >
            <Stack gap={6} mt={4}>
              {question.options.map((o, i) => (
                <Radio key={o.id} value={o.id} label={optionLabel(i)} />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <Checkbox.Group
            label={t('evaluations.bank.correctMultiple')}
            value={question.options.filter((o) => o.correct).map((o) => o.id)}
            onChange={(ids) =>
              setCorrect(question.options.map((o) => ({ ...o, correct: ids.includes(o.id) })))
            }
          >
            <Stack gap={6} mt={4}>
              {question.options.map((o, i) => (
                <Checkbox key={o.id} value={o.id} label={optionLabel(i)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <FormErrorText
          error={optionsError?.root ?? (optionsError?.message ? optionsError : undefined)}
        />
        {!question.options.some((o) => o.correct) && (
          <Text size="sm" c="dimmed">
            {t('evaluations.bank.markCorrect')}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
