import { Button, Group, TextInput } from '@mantine/core';
import { normalizeSerial } from '@multaqa/contract';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Type a serial (as printed, spaces and dashes optional) and open its verification page. */
export function SerialForm({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const serial = normalizeSerial(value);
    if (!serial) {
      setError(t('verify.form.invalid'));
      return;
    }
    setError(null);
    void navigate({ to: '/verify/$serial', params: { serial } });
  };
  return (
    <form onSubmit={submit} noValidate role="search" aria-label={t('verify.form.label')}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('verify.form.serial')}
          description={t('verify.form.hint')}
          placeholder="MQ-2026-00001-R"
          dir="ltr"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          style={{ flex: '1 1 240px' }}
        />
        <Button type="submit" mt={{ base: 0, xs: 46 }}>
          {t('verify.form.submit')}
        </Button>
      </Group>
    </form>
  );
}
