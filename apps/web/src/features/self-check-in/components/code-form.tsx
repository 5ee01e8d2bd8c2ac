import { Button, Group, Stack } from '@mantine/core';
import { selfCheckInSchema, type SelfCheckInInput } from '@multaqa/contract';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-fields';
import { requestResolver } from '../../../lib/form';
import { normalizeCode } from '../code-timing';

interface CodeFormValues {
  code: string;
}

/** Typing the code shown on screen, for a phone whose camera cannot read the QR. */
export function CodeForm({
  sessionId,
  pending,
  onSubmit,
}: {
  sessionId: string | undefined;
  pending: boolean;
  onSubmit: (input: SelfCheckInInput) => void;
}) {
  const { t } = useTranslation();
  const toRequest = (values: CodeFormValues): SelfCheckInInput => ({
    code: normalizeCode(values.code),
    ...(sessionId ? { sessionId } : {}),
  });
  const form = useForm<CodeFormValues>({
    resolver: requestResolver(selfCheckInSchema, toRequest),
    defaultValues: { code: '' },
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => onSubmit(toRequest(values)))}>
      <Stack gap="sm">
        <TextField
          control={form.control}
          name="code"
          label={t('selfCheckIn.typeCode')}
          description={t('selfCheckIn.typeCodeHint')}
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          size="lg"
          styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.2em' } }}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={pending} size="md">
            {t('selfCheckIn.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
