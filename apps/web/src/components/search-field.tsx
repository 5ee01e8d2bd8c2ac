import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/** How long typing must pause before a list is searched. */
const SEARCH_DELAY_MS = 350;

/**
 * A list's search box: what is typed shows at once, and `onSearch` gets the trimmed text once
 * typing pauses (the lists keep it in their URL). `onType` runs at every keystroke.
 */
export function SearchField({
  value,
  onSearch,
  onType,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  value: string | undefined;
  onSearch: (text: string) => void;
  onType?: () => void;
}) {
  const [text, setText] = useState(value ?? '');
  const search = useDebouncedCallback((typed: string) => onSearch(typed.trim()), SEARCH_DELAY_MS);
  return (
    <TextInput
      {...props}
      type="search"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        onType?.();
        search(event.currentTarget.value);
      }}
    />
  );
}
