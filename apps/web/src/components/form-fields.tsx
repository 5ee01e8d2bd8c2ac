import {
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  PasswordInput,
  Switch,
  Textarea,
  TextInput,
  type CheckboxGroupProps,
  type NativeSelectProps,
  type NumberInputProps,
  type PasswordInputProps,
  type SwitchProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useFormErrorText } from './form-error';

/**
 * Form fields bound to react-hook-form. Each has a visible label; Mantine ties the error to the
 * input with aria-invalid and aria-describedby when `error` is set.
 */
interface BoundProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
}

export function TextField<T extends FieldValues>({
  control,
  name,
  ...props
}: BoundProps<T> & Omit<TextInputProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  return (
    <TextInput
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

export function PasswordField<T extends FieldValues>({
  control,
  name,
  ...props
}: BoundProps<T> & Omit<PasswordInputProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  return (
    <PasswordInput
      dir="ltr"
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

export function TextareaField<T extends FieldValues>({
  control,
  name,
  ...props
}: BoundProps<T> & Omit<TextareaProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  return (
    <Textarea
      autosize
      minRows={2}
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

/** An empty number input holds `undefined` (so the schema says "required"), never ''. */
export function NumberField<T extends FieldValues>({
  control,
  name,
  ...props
}: BoundProps<T> & Omit<NumberInputProps, 'name' | 'value' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  return (
    <NumberInput
      {...props}
      name={field.name}
      ref={field.ref}
      value={(field.value as number | undefined) ?? ''}
      onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
    />
  );
}

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

/** A set of checkboxes for a list value (e.g. roles): each option is its own labelled checkbox. */
export function CheckboxGroupField<T extends FieldValues>({
  control,
  name,
  options,
  ...props
}: BoundProps<T> &
  Omit<CheckboxGroupProps, 'name' | 'value' | 'onChange' | 'error' | 'children'> & {
    options: { value: string; label: string }[];
  }) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  return (
    <Checkbox.Group
      {...props}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      error={errorText(fieldState.error)}
    >
      <Group mt="xs">
        {options.map((option, index) => (
          <Checkbox
            key={option.value}
            value={option.value}
            label={option.label}
            ref={index === 0 ? field.ref : undefined}
            onBlur={field.onBlur}
          />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

export function SwitchField<T extends FieldValues>({
  control,
  name,
  ...props
}: BoundProps<T> & Omit<SwitchProps, 'name' | 'checked' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  return (
    <Switch
      {...props}
      name={field.name}
      ref={field.ref}
      checked={Boolean(field.value)}
      onChange={(event) => field.onChange(event.currentTarget.checked)}
      onBlur={field.onBlur}
      error={errorText(fieldState.error)}
    />
  );
}
