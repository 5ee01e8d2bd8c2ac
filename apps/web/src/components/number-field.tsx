import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import { useFormErrorText, type BoundProps } from './form-error';

/**
 * A number bound to react-hook-form. The form holds a number, or `undefined` while the input is
 * empty (so the schema says "required"); what is typed (e.g. "2." on the way to "2.5") stays on
 * screen as typed.
 */
export function NumberField<T extends FieldValues>({
  control,
  name,
  ...props
}: BoundProps<T> & Omit<NumberInputProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  const value = field.value as number | undefined;
  const [typed, setTyped] = useState<{ text: string | number; value: number | undefined }>({
    text: value ?? '',
    value,
  });
  // The form value changed from elsewhere (reset, server data): show it.
  const shown = typed.value === value ? typed.text : (value ?? '');

  return (
    <NumberInput
      {...props}
      name={field.name}
      ref={field.ref}
      value={shown}
      onChange={(next) => {
        const parsed =
          typeof next === 'number' ? next : next.trim() === '' ? undefined : Number(next);
        const number = parsed !== undefined && Number.isFinite(parsed) ? parsed : undefined;
        setTyped({ text: next, value: number });
        field.onChange(number);
      }}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
    />
  );
}
