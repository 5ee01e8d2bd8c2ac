import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  certificateRuleSchema,
  type CertificateRule,
  type CertificateRuleInput,
  type CertificateTemplate,
} from '@multaqa/contract';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NativeSelectField, SwitchField } from '../../../components/choice-fields';
import { ErrorAlert } from '../../../components/error-alert';
import { NumberField } from '../../../components/number-field';
import { schemaResolver } from '../../../lib/form';
import { useSave } from '../../../lib/use-save';
import { useSaveRule } from '../api/event-certificates';

/** Who gets a certificate, with which template, and whether they are emailed it. */
export function RuleForm({
  eventId,
  rule,
  templates,
}: {
  eventId: string;
  rule: CertificateRule | null;
  /** The templates to choose from (archived ones only when the rule uses one). */
  templates: CertificateTemplate[];
}) {
  const { t } = useTranslation();
  const saveRule = useSaveRule(eventId);
  const form = useForm<CertificateRuleInput, unknown, CertificateRule>({
    resolver: schemaResolver(certificateRuleSchema),
    defaultValues: rule ?? {
      minAttendancePercent: 80,
      templateId: '',
      emailParticipants: true,
      requirePostTestPass: false,
    },
    shouldFocusError: false,
  });
  const { formRef, save, saveError, onInvalid } = useSave(form);
  const choices = templates.filter((tpl) => !tpl.archived || tpl.id === rule?.templateId);
  const submit = form.handleSubmit(
    (values) =>
      save(async () => {
        const saved = await saveRule.mutateAsync(values);
        form.reset(saved.rule ?? values);
        notifications.show({
          color: 'teal',
          message: t('certificates.rule.saved'),
          closeButtonProps: { 'aria-label': t('actions.close') },
        });
      }),
    onInvalid,
  );

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-labelledby="certificate-rule-title">
      <Stack gap="sm">
        {saveError && <ErrorAlert error={saveError.error} details={saveError.details} />}
        {!rule && (
          <Text size="sm" c="dimmed">
            {t('certificates.rule.none')}
          </Text>
        )}
        <Group align="flex-start" gap="md" wrap="wrap">
          <NumberField
            control={form.control}
            name="minAttendancePercent"
            label={t('certificates.rule.minAttendance')}
            description={t('certificates.rule.minAttendanceHint')}
            min={0}
            max={100}
            suffix=" %"
            allowDecimal={false}
            required
            w={{ base: '100%', sm: 220 }}
          />
          <NativeSelectField
            control={form.control}
            name="templateId"
            label={t('certificates.rule.template')}
            required
            data={[
              { value: '', label: t('certificates.rule.chooseTemplate'), disabled: true },
              ...choices.map((tpl) => ({
                value: tpl.id,
                label: `${tpl.name} · ${t(`certificates.languageMode.${tpl.languageMode}`)}`,
              })),
            ]}
            w={{ base: '100%', sm: 320 }}
          />
        </Group>
        <SwitchField
          control={form.control}
          name="emailParticipants"
          label={t('certificates.rule.email')}
          description={t('certificates.rule.emailHint')}
        />
        <SwitchField
          control={form.control}
          name="requirePostTestPass"
          label={t('certificates.rule.requirePostTest')}
          description={t('certificates.rule.requirePostTestHint')}
        />
        <Group>
          <Button
            type="submit"
            loading={form.formState.isSubmitting}
            disabled={rule !== null && !form.formState.isDirty}
          >
            {t('certificates.rule.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
