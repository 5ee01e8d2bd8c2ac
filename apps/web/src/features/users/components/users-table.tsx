import { Badge, Button, Group, Skeleton, Table, Text } from '@mantine/core';
import type { User } from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

function Head() {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col">{t('users.fields.fullName')}</Table.Th>
        <Table.Th scope="col">{t('users.fields.email')}</Table.Th>
        <Table.Th scope="col">{t('users.fields.roles')}</Table.Th>
        <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
        <Table.Th scope="col">{t('users.fields.createdAt')}</Table.Th>
        <Table.Th scope="col">
          <Text span size="sm" fw={700}>
            {t('users.fields.actions')}
          </Text>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

export function UsersTable({ users, onEdit }: { users: User[]; onEdit: (user: User) => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('users.tableLabel')}>
        <Head />
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>{user.fullName}</Table.Td>
              <Table.Td>
                <span dir="ltr">{user.email}</span>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <Badge key={role} variant="light" size="sm">
                      {t(`roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge color={user.isActive ? 'teal' : 'gray'} variant="dot">
                  {user.isActive ? t('users.active') : t('users.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(user.createdAt, lang)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => onEdit(user)}
                  aria-label={t('users.edit', { name: user.fullName })}
                >
                  {t('actions.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function UsersTableSkeleton() {
  const { t } = useTranslation();
  return (
    <Table aria-label={t('users.tableLabel')} aria-busy="true">
      <Head />
      <Table.Tbody>
        {Array.from({ length: 5 }, (_, row) => (
          <Table.Tr key={row}>
            {Array.from({ length: 6 }, (_, cell) => (
              <Table.Td key={cell}>
                <Skeleton height={14} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
