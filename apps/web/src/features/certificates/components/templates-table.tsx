import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { CertificateTemplate } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

export function TemplatesTable({
  items,
  onArchive,
  onDelete,
}: {
  items: CertificateTemplate[];
  onArchive: (template: CertificateTemplate, archived: boolean) => void;
  onDelete: (template: CertificateTemplate) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped aria-label={t('certificates.templates.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('certificates.templates.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('certificates.templates.columns.languages')}</Table.Th>
            <Table.Th scope="col">{t('certificates.templates.columns.used')}</Table.Th>
            <Table.Th scope="col">{t('certificates.templates.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((tpl) => (
            <Table.Tr key={tpl.id}>
              <Table.Td>
                <Group gap={6} wrap="wrap">
                  <AnchorLink
                    to="/certificates/templates/$id"
                    params={{ id: tpl.id }}
                    fw={500}
                    size="sm"
                  >
                    {tpl.name}
                  </AnchorLink>
                  {tpl.archived && (
                    <Badge color="gray" variant="light">
                      {t('certificates.templates.archived')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {tpl.pageSize} · {t(`certificates.editor.orientations.${tpl.orientation}`)}
                </Text>
              </Table.Td>
              <Table.Td>{t(`certificates.languageMode.${tpl.languageMode}`)}</Table.Td>
              <Table.Td>
                {t('certificates.templates.usedCount', {
                  count: tpl.issuedCount,
                  number: formatNumber(tpl.issuedCount, lang),
                })}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => onArchive(tpl, !tpl.archived)}
                    aria-label={t(
                      tpl.archived
                        ? 'certificates.templates.unarchiveNamed'
                        : 'certificates.templates.archiveNamed',
                      { name: tpl.name },
                    )}
                  >
                    {tpl.archived
                      ? t('certificates.templates.unarchive')
                      : t('certificates.templates.archive')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onDelete(tpl)}
                    aria-label={t('certificates.templates.deleteNamed', { name: tpl.name })}
                  >
                    {t('certificates.templates.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
