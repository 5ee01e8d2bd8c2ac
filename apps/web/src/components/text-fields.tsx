import {
  PasswordInput,
  Textarea,
  TextInput,
  type PasswordInputProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useController, type FieldValues } from 'react-hook-form';
import { useFormErrorText, type BoundProps, type ErrorLike } from './form-error';

/**
 * Form fields bound to react-hook-form. Each has a visible label; Mantine ties the error to the
 * input with aria-invalid and aria-describedby when `error` is set.
 */
export function TextField<T extends FieldValues>({
  control,
  name,
  groupError,
  ...props
}: BoundProps<T> &
  Omit<TextInputProps, 'name' | 'value' | 'onChange' | 'error'> & {
    /**
     * An error of a group this field belongs to ("fill in at least one language"): shown here when
     * given as a message, or only marking the field invalid when `true` (the message is elsewhere).
     */
    groupError?: ErrorLike | boolean;
  }) {
  const { field, fieldState } = useController({ control, name });
  const errorText = useFormErrorText();
  const fromGroup =
    typeof groupError === 'object' ? errorText(groupError) : groupError || undefined;
  return (
    <TextInput
      {...props}
      name={field.name}
      ref={field.ref}
      value={(field.value as string | undefined) ?? ''}
      onChange={(event) => field.onChange(event.currentTarget.value)}
      onBlur={field.onBlur}
      error={errorText(fieldState.error) ?? fromGroup}
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
  const { t } = useTranslation();
  return (
    <PasswordInput
      dir="ltr"
      // Mantine's own label is English on every page.
      visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
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
