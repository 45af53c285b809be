import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import { downloadFile } from '../components/download-file';
import { isValidRange, type DateRange } from '../components/date-range';

/** GET /stats for the range; the previous numbers stay on screen while a new range loads. */
export function useStats(range: DateRange) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['stats', range.from, range.to, i18n.language],
    queryFn: () => call(api.GET('/api/v1/stats', { params: { query: range } })),
    enabled: isValidRange(range),
    placeholderData: keepPreviousData,
  });
}

/** The same numbers as a workbook, one sheet per table, in the page's language. */
export const downloadStats = (range: DateRange) =>
  downloadFile(api.GET('/api/v1/stats/export.xlsx', { params: { query: range }, parseAs: 'blob' }), 'rantai.xlsx');
