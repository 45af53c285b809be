import type { EntityManager } from 'typeorm';
import { Injectable } from '@nestjs/common';
import { localizedName } from '../common/http/language';
import type { Language } from '../common/i18n/language';
import type {
  CertificationTypeListDto,
  KbliListDto,
  PartCategoryListDto,
  RegionListDto,
  RegionQuery,
  TaxonomyListDto,
} from './dto/reference.dto';
import type { FieldError } from '../common/errors/problem';
import { implausibleLocation, MAX_KM_FROM_CENTROID } from './location-plausibility';
import { CodeList, ReferenceRepository, Taxonomy } from './reference.repository';
import { text } from '../common/i18n/text';

const withName = <T extends { nameId: string; nameEn: string }>(rows: T[], language: Language) =>
  rows.map((row) => ({ ...row, name: localizedName(row, language) }));

/** Reference catalogues are small and static, so they are answered whole rather than paged. */
@Injectable()
export class ReferenceService {
  constructor(private readonly repository: ReferenceRepository) {}

  async regions(query: RegionQuery): Promise<RegionListDto> {
    return listOf(await this.repository.findRegions(query));
  }

  async taxonomy(taxonomy: Taxonomy, language: Language, q?: string): Promise<TaxonomyListDto> {
    return listOf(withName(await this.repository.findTaxonomy(taxonomy, q), language));
  }

  async partCategories(language: Language, q?: string): Promise<PartCategoryListDto> {
    return listOf(withName(await this.repository.findPartCategories(q), language));
  }

  async certificationTypes(language: Language, q?: string): Promise<CertificationTypeListDto> {
    return listOf(withName(await this.repository.findCertificationTypes(q), language));
  }

  /** KBLI has titles rather than names; they are answered as names like the other catalogues. */
  async kbli(language: Language, q?: string): Promise<KbliListDto> {
    const rows = (await this.repository.findKbli(q)).map(({ code, titleId, titleEn }) => ({
      code,
      nameId: titleId,
      nameEn: titleEn,
    }));
    return listOf(withName(rows, language));
  }

  /**
   * Field errors for every code that is not in the reference data, with the
   * path of the offending entry (`processes[1]`), so other modules can refuse
   * unknown codes with the same messages.
   */
  async unknownCodeErrors(lists: CodeLists, fieldPrefix = ''): Promise<FieldError[]> {
    const unknown = await this.repository.findUnknownCodes(lists);
    return unknown.map(({ list, code }) => ({
      field: `${fieldPrefix}${list}[${lists[list]!.indexOf(code)}]`,
      message: text('validation.unknownCode', { noun: CODE_LIST_NOUN[list], code }),
    }));
  }

  /**
   * A certificate type's short name ("IATF 16949", without the description in
   * brackets), for texts people read; inside a transaction, pass its manager.
   */
  async certificateName(code: string, manager?: EntityManager, language: Language = 'id'): Promise<string> {
    const certification = await this.repository.findCertification(code, manager);
    if (!certification) return code;
    return (language === 'en' ? certification.nameEn : certification.nameId).replace(/\s*\(.*\)\s*$/, '');
  }

  /** Whether certificates of `code` certify a product and its TKDN (kind local_content); inside a transaction, pass its manager. */
  async certifiesProduct(code: string, manager?: EntityManager): Promise<boolean> {
    return (await this.repository.findCertification(code, manager))?.kind === 'local_content';
  }

  /**
   * The field error when a point is implausibly far from its regency (the rule
   * of location-plausibility.ts); none for an unknown regency, which has its own.
   * Inside a transaction, pass its manager.
   */
  async locationErrors(
    regencyCode: string,
    location: { lat: number; lng: number } | undefined,
    field = 'location',
    manager?: EntityManager,
  ): Promise<FieldError[]> {
    if (!location) return [];
    const message = (await this.implausibleLocations([{ regencyCode, ...location }], manager)).get(0);
    return message ? [{ field, message }] : [];
  }

  /** For bulk checks: the message for each implausible point, by its index. */
  async implausibleLocations(
    points: { regencyCode: string; lat: number; lng: number }[],
    manager?: EntityManager,
  ): Promise<Map<number, string>> {
    const messages = new Map<number, string>();
    for (const [i, facts] of await this.repository.locationFacts(points, MAX_KM_FROM_CENTROID, manager)) {
      const message = implausibleLocation(facts);
      if (message) messages.set(i, message);
    }
    return messages;
  }

  findRegency(code: string): Promise<{ lat: number; lng: number } | undefined> {
    return this.repository.findRegency(code);
  }

  /** For bulk checks: the unknown codes of each list, as sets. */
  async unknownCodeSets(lists: CodeLists): Promise<Record<CodeList, Set<string>>> {
    const sets = Object.fromEntries(Object.keys(CODE_LIST_NOUN).map((list) => [list, new Set<string>()])) as Record<
      CodeList,
      Set<string>
    >;
    for (const { list, code } of await this.repository.findUnknownCodes(lists)) sets[list].add(code);
    return sets;
  }

  /** Centroids of the given regencies and cities; provinces and unknown codes are left out. */
  regencyCentroids(codes: string[]): Promise<Map<string, { lat: number; lng: number }>> {
    return this.repository.findRegencies(codes).then((rows) => new Map(rows.map(({ code, ...c }) => [code, c])));
  }
}

/** What a code of each list is called, written in the reader's language (the `noun` messages). */
const CODE_LIST_NOUN: Record<CodeList, string> = {
  processes: text('noun.process'),
  materials: text('noun.material'),
  productCategories: text('noun.partCategory'),
  kbli: text('noun.kbli'),
  certifications: text('noun.certification'),
};

export type CodeLists = Partial<Record<CodeList, string[]>>;

/** The error for a regency code that is not a regency or city of the reference data. */
export const unknownRegency = (field: string, code: string): FieldError => ({
  field,
  message: text('validation.unknownRegency', { code }),
});

function listOf<T>(items: T[]): { items: T[]; total: number } {
  return { items, total: items.length };
}
