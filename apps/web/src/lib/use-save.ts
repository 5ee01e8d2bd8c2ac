import { useCallback, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { applyServerErrors } from './form';
import { ProblemError } from './problem';

export interface SaveError {
  error: unknown;
  /** The API's field errors that match no field of the form, for the alert above it. */
  details: ProblemError['errors'];
}

/**
 * How every form saves: `save` sends the request; a ProblemError's field errors land on the
 * form's fields and the rest stays in `saveError` for the alert above the form. `onInvalid` (the
 * second argument of handleSubmit, with `shouldFocusError: false` on the form) focuses the first
 * invalid field on the page, which also finds fields marked by an error of their group ("a title
 * in at least one language") that react-hook-form cannot focus itself.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form, whatever its output type
export function useSave<T extends FieldValues>(form: UseFormReturn<T, any, any>) {
  const [saveError, setSaveError] = useState<SaveError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { setError, getValues } = form;

  const save = useCallback(
    async (send: () => Promise<unknown>) => {
      setSaveError(null);
      try {
        await send();
      } catch (error) {
        const details =
          error instanceof ProblemError ? applyServerErrors(error, setError, getValues) : [];
        setSaveError({ error, details });
      }
    },
    [setError, getValues],
  );

  const onInvalid = useCallback(() => {
    // After React has rendered the errors, so the fields carry aria-invalid.
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }, []);

  return { formRef, save, saveError, setSaveError, onInvalid };
}
