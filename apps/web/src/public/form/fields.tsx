import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateFormMessage } from '../../lib/form';

interface FieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  description?: string;
  required?: boolean;
}

/** A field's label, hint and error around its control; the control is described by both. */
export function FieldFrame({
  id,
  label,
  description,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  description?: string;
  error?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id} id={`${id}-label`}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {description && (
        <p id={`${id}-description`} className="xsmall dimmed">
          {description}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error small">
          {error}
        </p>
      )}
    </div>
  );
}

/** The attributes that tie a control to its hint and error. */
export function describedBy(id: string, description?: string, error?: string) {
  const ids = [description && `${id}-description`, error && `${id}-error`].filter(Boolean);
  return {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

/** The field's error, translated when it is shown (so it follows the page's language). */
export function useFieldError<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>) {
  const { t } = useTranslation();
  const error = get(form.formState.errors, name) as { message?: string } | undefined;
  return translateFormMessage(t, error?.message);
}

const idOf = (name: string) => `field-${name.replace(/\./g, '-')}`;

export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  description,
  required,
  ...props
}: FieldProps<T> & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'form'>) {
  const id = idOf(name);
  const error = useFieldError(form, name);
  return (
    <FieldFrame {...{ id, label, description, error, required }}>
      <input
        className="input"
        type="text"
        {...props}
        {...form.register(name)}
        {...describedBy(id, description, error)}
        required={required}
      />
    </FieldFrame>
  );
}

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  description,
  required,
  options,
  ...props
}: FieldProps<T> &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'form'> & {
    options: { value: string; label: string }[];
  }) {
  const id = idOf(name);
  const error = useFieldError(form, name);
  return (
    <FieldFrame {...{ id, label, description, error, required }}>
      <select
        className="input"
        {...props}
        {...form.register(name)}
        {...describedBy(id, description, error)}
        required={required}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
