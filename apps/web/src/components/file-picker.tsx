import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A file input whose words follow the page's language: the browser's own button reads
 * "Choose File" / "No file chosen" in the browser's language whatever the page is in. The real
 * input stays in the page (focusable, labelled, what tests and screen readers use), only out of
 * sight; its focus ring shows on the button.
 */
export function FilePicker({
  label,
  accept,
  onChange,
}: {
  label: string;
  accept: string;
  onChange: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  return (
    <div>
      <Text component="label" htmlFor={id} size="sm" fw={500} display="block">
        {label}
      </Text>
      <Group gap="sm" wrap="nowrap">
        <Button
          component="label"
          htmlFor={id}
          variant="default"
          size="sm"
          aria-hidden
          style={focused ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}
        >
          {t('common.chooseFile')}
        </Button>
        <Text size="sm" c={name ? undefined : 'dimmed'} truncate maw={240} dir="auto">
          {name ?? t('common.noFileChosen')}
        </Text>
      </Group>
      <VisuallyHidden>
        <input
          id={id}
          type="file"
          accept={accept}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0] ?? null;
            setName(file?.name ?? null);
            onChange(file);
          }}
        />
      </VisuallyHidden>
    </div>
  );
}
