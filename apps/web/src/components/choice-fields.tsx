import { Checkbox, Group, Switch, type CheckboxGroupProps, type SwitchProps } from '@mantine/core';
import { useController, type FieldValues } from 'react-hook-form';
import { useFormErrorText, type BoundProps } from './form-error';

// Kept in its own file so that light pages (public registration) need not load Checkbox/Switch.
export { NativeSelectField } from './native-select-field';

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
