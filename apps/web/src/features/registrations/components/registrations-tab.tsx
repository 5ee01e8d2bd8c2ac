import { Stack, Tabs } from '@mantine/core';
import type { Event } from '@multaqa/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import { InvitationCodesPanel } from './invitation-codes-panel';
import { QuotasPanel } from './quotas-panel';
import { RegistrationFormEditor } from './registration-form-editor';
import { RegistrationsList } from './registrations-list';
import { SetAsidePanel } from './set-aside-panel';

const SECTIONS = ['list', 'codes', 'form'] as const;
type Section = (typeof SECTIONS)[number];

/** The Registrations tab of an event: quotas, the registrations, invitation codes, the form. */
export function RegistrationsTab({ event }: { event: Event }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('list');
  return (
    <Stack gap="md">
      <SetAsidePanel eventId={event.id} timeZone={event.timeZone} />
      <QuotasPanel eventId={event.id} />
      <AnchorLink to="/participants/import" search={{ eventId: event.id }} size="sm">
        {t('registrations.importIntoEvent')}
      </AnchorLink>
      <Tabs
        value={section}
        onChange={(v) => setSection(SECTIONS.find((s) => s === v) ?? 'list')}
        variant="pills"
        keepMounted={false}
      >
        <Tabs.List aria-label={t('registrations.sections.label')}>
          {SECTIONS.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`registrations.sections.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <RegistrationsList eventId={event.id} timeZone={event.timeZone} />
        </Tabs.Panel>
        <Tabs.Panel value="codes" pt="md">
          <InvitationCodesPanel event={event} />
        </Tabs.Panel>
        <Tabs.Panel value="form" pt="md">
          <RegistrationFormEditor eventId={event.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
