import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call } from './client';

/**
 * The reference catalogues (taxonomy, KBLI, certifications, regions) change with a release, not a session:
 * fetched once per language and kept.
 */
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export type TaxonomyKind = 'processes' | 'materials' | 'part-categories';

export function useTaxonomy(kind: TaxonomyKind) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', kind, i18n.language],
    queryFn: () => call(api.GET(`/api/v1/reference/${kind}`)),
    select: (list) => list.items,
    ...forever,
  });
}

export function useCertificationTypes() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', 'certifications', i18n.language],
    queryFn: () => call(api.GET('/api/v1/reference/certifications')),
    select: (list) => list.items,
    ...forever,
  });
}

export function useKbli() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', 'kbli', i18n.language],
    queryFn: () => call(api.GET('/api/v1/reference/kbli')),
    select: (list) => list.items,
    ...forever,
  });
}

/** Every province and regency (about 550 rows), for pickers and for naming a regency code. */
export function useRegions() {
  return useQuery({
    queryKey: ['reference', 'regions'],
    queryFn: async () => {
      const [provinces, regencies] = await Promise.all([
        call(api.GET('/api/v1/reference/regions', { params: { query: { level: 'province' } } })),
        call(api.GET('/api/v1/reference/regions', { params: { query: { level: 'regency' } } })),
      ]);
      return { provinces: provinces.items, regencies: regencies.items };
    },
    ...forever,
  });
}
