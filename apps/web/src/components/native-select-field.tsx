import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useController, type FieldValues } from 'react-hook-form';
import { useFormErrorText, type BoundProps } from './form-error';

export function NativeSelectField<T extends FieldValues>({
  control,
  name,
  ...props
}: BoundProps<T> & Omit<NativeSelectProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  return (
    <NativeSelect
      {...props}
      name={field.name}
      ref={field.ref}
      value={(field.value as string | undefined) ?? ''}
      onChange={(event) => field.onChange(event.currentTarget.value)}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
    />
  );
}
