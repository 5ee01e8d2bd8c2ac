import { Checkbox, Group, Paper, Radio, Text } from '@mantine/core';

/**
 * One answer as a whole tappable box: the box is the input's label, so a tap anywhere on it
 * picks the answer and a screen reader reads the text as the input's name.
 */
export function ChoiceCard({
  kind,
  value,
  label,
  checked,
  lang,
}: {
  kind: 'radio' | 'checkbox';
  value: string;
  label: string;
  checked: boolean;
  /** The language of the text, when it may differ from the page's. */
  lang?: string;
}) {
  return (
    <Paper
      component="label"
      withBorder
      radius="md"
      p="sm"
      bg={checked ? 'var(--mantine-primary-color-light)' : undefined}
      style={{
        cursor: 'pointer',
        minHeight: 48,
        display: 'flex',
        alignItems: 'center',
        borderColor: checked ? 'var(--mantine-primary-color-filled)' : undefined,
      }}
    >
      <Group gap="sm" wrap="nowrap" align="center">
        {kind === 'radio' ? (
          <Radio value={value} size="md" />
        ) : (
          <Checkbox value={value} size="md" />
        )}
        <Text lang={lang} dir="auto">
          {label}
        </Text>
      </Group>
    </Paper>
  );
}
