import { Group, Skeleton, Stack, Title } from '@mantine/core';
import { pickLocalized, type TrainingPackage } from '@multaqa/contract';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useDocumentTitle } from '../../../lib/document-title';
import { currentLanguage } from '../../../lib/i18n';
import { canManagePackages, useCurrentUser } from '../../../lib/session';
import { packageQueryOptions } from '../api/get-package';
import { PackageActions } from '../components/package-actions';
import { PackageView, PackageViewSkeleton } from '../components/package-view';
import { AnchorLink } from '../../../components/links';

const route = getRouteApi('/_authed/_packages/packages/$id');

/** A section another feature adds under the package (the evaluations' question bank). */
export type PackageSection = ComponentType<{ pkg: TrainingPackage; canEdit: boolean }>;

export function PackageDetailPage({ sections = [] }: { sections?: PackageSection[] }) {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const user = useCurrentUser();
  const query = useQuery(packageQueryOptions(id));
  const title = query.data
    ? pickLocalized(query.data.title, currentLanguage(i18n)) || t('packages.untitled')
    : '';
  useDocumentTitle(title || t('packages.title'));

  return (
    <Stack gap="md">
      <AnchorLink to="/packages" size="sm">
        {t('detail.backToList')}
      </AnchorLink>
      {query.isPending ? (
        <PackageViewSkeleton />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Group justify="space-between" align="flex-start">
            <Title order={1}>{title}</Title>
            {canManagePackages(user) && <PackageActions pkg={query.data} />}
          </Group>
          <PackageView pkg={query.data} />
          {sections.map((Section, index) => (
            <Suspense key={index} fallback={<Skeleton height={160} />}>
              <Section pkg={query.data} canEdit={canManagePackages(user)} />
            </Suspense>
          ))}
        </>
      )}
    </Stack>
  );
}
