import { Text } from '@mantine/core';
import { useCallback } from 'react';
import type { Control, FieldError, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateFormMessage } from '../lib/form';

/** Props of a field component bound to react-hook-form. */
export interface BoundProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
}

export type ErrorLike = Pick<FieldError, 'message'> | undefined;

/** Translates form errors at render time, so they follow the UI language. */
export function useFormErrorText(): (error: ErrorLike) => string | undefined {
  const { t } = useTranslation();
  return useCallback((error: ErrorLike) => translateFormMessage(t, error?.message), [t]);
}

/** An error that belongs to a group of fields (e.g. "fill in at least one language"). */
export function FormErrorText({ error, id }: { error: ErrorLike; id?: string }) {
  const text = useFormErrorText()(error);
  if (!text) return null;
  return (
    <Text id={id} c="red.8" size="sm" role="alert">
      {text}
    </Text>
  );
}
