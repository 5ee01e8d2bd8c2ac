import { Badge, Card, Group, List, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  LANGUAGES,
  pickLocalized,
  type Language,
  type LocalizedText,
  type TrainingPackage,
} from '@multaqa/contract';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from '../../../lib/format';
import { currentLanguage, directionOf } from '../../../lib/i18n';
import { PackageStatusBadge } from './package-status-badge';

const TEXT_FIELDS = ['description', 'objectives', 'targetAudience'] as const;

function hasText(text: LocalizedText, lang: Language) {
  return !!text[lang]?.trim();
}

/** One language's content of the package, marked with its own lang and direction. */
function LanguageCard({ pkg, lang }: { pkg: TrainingPackage; lang: Language }) {
  const { t } = useTranslation();
  const written = hasText(pkg.title, lang) || TEXT_FIELDS.some((f) => hasText(pkg[f], lang));
  return (
    <Card withBorder padding="md" component="section" aria-label={t(`language.names.${lang}`)}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb="xs">
        {t(`language.names.${lang}`)}
      </Text>
      {written ? (
        <Stack gap="xs" lang={lang} dir={directionOf(lang)}>
          <Title order={3} size="h4">
            {pkg.title[lang] || '—'}
          </Title>
          {TEXT_FIELDS.map((field) =>
            hasText(pkg[field], lang) ? (
              <div key={field}>
                {/* The field label is in the reader's language, the text in the card's. */}
                <Text size="sm" fw={600} lang={undefined}>
                  {t(`editor.fields.${field}`)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {pkg[field][lang]}
                </Text>
              </div>
            ) : null,
          )}
        </Stack>
      ) : (
        <Text c="dimmed" size="sm">
          {t('detail.notWritten')}
        </Text>
      )}
    </Card>
  );
}

export function PackageView({ pkg }: { pkg: TrainingPackage }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <PackageStatusBadge status={pkg.status} />
        <Badge variant="outline" color="gray">
          {t('detail.version', { version: pkg.version })}
        </Badge>
        <Badge variant="outline" color="gray">
          {t('detail.hours', { count: pkg.totalHours, hours: formatHours(pkg.totalHours, lang) })}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('detail.updated', { date: formatDate(pkg.updatedAt, lang) })}
        </Text>
      </Group>

      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        {LANGUAGES.map((l) => (
          <LanguageCard key={l} pkg={pkg} lang={l} />
        ))}
      </SimpleGrid>

      <Stack gap="sm" component="section" aria-labelledby="package-modules">
        <Group justify="space-between">
          <Title order={2} size="h3" id="package-modules">
            {t('editor.modules')}
          </Title>
          <Text fw={500}>
            {t('editor.totalHours', {
              count: pkg.totalHours,
              hours: formatHours(pkg.totalHours, lang),
            })}
          </Text>
        </Group>
        {pkg.modules.length === 0 ? (
          <Text c="dimmed">{t('detail.noModules')}</Text>
        ) : (
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {[...pkg.modules]
              .sort((a, b) => a.position - b.position)
              .map((module, index) => (
                <Card component="li" withBorder key={module.id} padding="md">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Title order={3} size="h5">
                      {t('detail.moduleTitle', {
                        number: index + 1,
                        title: pickLocalized(module.title, lang) || t('packages.untitled'),
                      })}
                    </Title>
                    <Badge variant="light">
                      {t('detail.hours', {
                        count: module.hours,
                        hours: formatHours(module.hours, lang),
                      })}
                    </Badge>
                  </Group>
                  {LANGUAGES.some((l) => hasText(module.learningOutcomes, l)) && (
                    <>
                      <Text size="sm" fw={600} mt="xs">
                        {t('editor.fields.learningOutcomes')}
                      </Text>
                      <List size="sm" spacing={4}>
                        {LANGUAGES.filter((l) => hasText(module.learningOutcomes, l)).map((l) => (
                          <List.Item key={l}>
                            <Text span size="xs" c="dimmed">
                              {t(`language.names.${l}`)}:{' '}
                            </Text>
                            <Text
                              span
                              size="sm"
                              lang={l}
                              dir={directionOf(l)}
                              style={{ whiteSpace: 'pre-line' }}
                            >
                              {module.learningOutcomes[l]}
                            </Text>
                          </List.Item>
                        ))}
                      </List>
                    </>
                  )}
                </Card>
              ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

export function PackageViewSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={32} width="50%" />
      <Skeleton height={20} width="30%" />
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <Skeleton height={160} />
        <Skeleton height={160} />
        <Skeleton height={160} />
      </SimpleGrid>
      <Skeleton height={80} />
    </Stack>
  );
}
