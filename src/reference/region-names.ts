import type { Language } from '../common/i18n/language';
import type { RegionKind } from './region.entity';

/**
 * A region's name in the response language. The table keeps the official
 * Indonesian name ("Kabupaten Subang", "Kota Bandung"); English puts the kind
 * after the proper name, as English texts do ("Subang Regency", "Bandung City").
 */
export function regionName(region: { name: string; kind: RegionKind }, language: Language): string {
  if (language === 'id' || region.kind === 'province') return region.name;
  const [prefix, english] = region.kind === 'kabupaten' ? ['Kabupaten ', 'Regency'] : ['Kota ', 'City'];
  const proper = region.name.startsWith(prefix) ? region.name.slice(prefix.length) : region.name;
  return `${proper} ${english}`;
}
