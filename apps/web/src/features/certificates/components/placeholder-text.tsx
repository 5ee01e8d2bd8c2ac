import { Button, Menu, Stack, Textarea } from '@mantine/core';
import { CERTIFICATE_PLACEHOLDERS } from '@multaqa/contract';
import { useRef } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormErrorText } from '../../../components/form-error';
import { directionOf } from '../../../lib/i18n';
import { insertAt } from '../lib/template-defaults';

/** One language's text of a text element, with a menu that inserts `{{placeholders}}` at the caret. */
export function PlaceholderText<T extends FieldValues>({
  control,
  name,
  lang,
  label,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  lang: 'ar' | 'en' | 'fr';
  label: string;
}) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  const area = useRef<HTMLTextAreaElement | null>(null);
  const value = (field.value as string | undefined) ?? '';

  const insert = (placeholder: string) => {
    const el = area.current;
    const next = insertAt(value, placeholder, el?.selectionStart ?? null, el?.selectionEnd ?? null);
    field.onChange(next.value);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <Stack gap={4}>
      <Textarea
        label={label}
        lang={lang}
        dir={directionOf(lang)}
        autosize
        minRows={1}
        maxLength={2000}
        name={field.name}
        ref={(el) => {
          area.current = el;
          field.ref(el);
        }}
        value={value}
        onChange={(e) => field.onChange(e.currentTarget.value)}
        onBlur={field.onBlur}
        error={errorText(fieldState.error)}
      />
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="compact-xs" variant="subtle" style={{ alignSelf: 'flex-start' }}>
            {t('certificates.editor.insertPlaceholder', { label })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {CERTIFICATE_PLACEHOLDERS.map((p) => (
            <Menu.Item key={p} onClick={() => insert(p)}>
              {t(`certificates.placeholders.${p}`)}{' '}
              <span dir="ltr" style={{ opacity: 0.7 }}>{`{{${p}}}`}</span>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Stack>
  );
}
