import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../common/sql/patterns';
import { Certification } from './certification.entity';
import { Kbli } from './kbli.entity';
import { Material } from './material.entity';
import { PartCategory } from './part-category.entity';
import { Process } from './process.entity';
import { PublicHoliday } from './public-holiday.entity';
import type { LocationFacts } from './location-plausibility';
import { Region, RegionLevel } from './region.entity';

export type CodeList = 'processes' | 'materials' | 'productCategories' | 'kbli' | 'certifications';

/** The taxonomies whose items are alike (part categories add vehicle types): a code, its group, names, aliases. */
const TAXONOMY = { processes: Process, materials: Material };
export type Taxonomy = keyof typeof TAXONOMY;

/** Case- and accent-insensitive substring match of :pattern against the given text expressions. */
const matchesAny = (...expressions: string[]): string =>
  `(${expressions.map((e) => `unaccent(lower(${e})) LIKE unaccent(lower(:pattern))`).join(' OR ')})`;
/** What the catalogues with names and aliases are searched by. */
const SEARCHABLE_TEXT = ['r.code', 'r.nameId', 'r.nameEn', "array_to_string(r.aliases, ' ')"];

@Injectable()
export class ReferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findRegions(filter: { level?: RegionLevel; parent?: string; group?: string; q?: string }): Promise<Region[]> {
    const query = this.search(Region, filter.q, 'r.name', 'r.code');
    if (filter.group) {
      query.andWhere('r.code = ANY (SELECT unnest(g.regency_codes) FROM region_groups g WHERE g.code = :group)', {
        group: filter.group,
      });
    }
    if (filter.level) query.andWhere('r.level = :level', { level: filter.level });
    if (filter.parent) query.andWhere('r.parentCode = :parent', { parent: filter.parent });
    return query.getMany();
  }

  findTaxonomy(taxonomy: Taxonomy, q?: string): Promise<(Process | Material)[]> {
    return this.search<Process | Material>(TAXONOMY[taxonomy], q, ...SEARCHABLE_TEXT).getMany();
  }

  findHolidays(): Promise<PublicHoliday[]> {
    return this.dataSource.manager.find(PublicHoliday, { order: { date: 'ASC' } });
  }

  findPartCategories(q?: string): Promise<PartCategory[]> {
    return this.search(PartCategory, q, ...SEARCHABLE_TEXT).getMany();
  }

  findCertificationTypes(q?: string): Promise<Certification[]> {
    return this.search(Certification, q, ...SEARCHABLE_TEXT).getMany();
  }

  findCertification(code: string, manager: EntityManager = this.dataSource.manager): Promise<Certification | null> {
    return manager.findOneBy(Certification, { code });
  }

  findKbli(q?: string): Promise<Kbli[]> {
    return this.search(Kbli, q, 'r.code', 'r.titleId', 'r.titleEn').getMany();
  }

  /** Which of the given codes do not exist, per list; one round trip for all of them. */
  async findUnknownCodes(lists: Partial<Record<CodeList, string[]>>): Promise<{ list: CodeList; code: string }[]> {
    return this.dataSource.query(
      `SELECT 'processes' AS list, c AS code FROM unnest($1::text[]) c WHERE NOT EXISTS (SELECT 1 FROM processes WHERE code = c)
       UNION ALL
       SELECT 'materials', c FROM unnest($2::text[]) c WHERE NOT EXISTS (SELECT 1 FROM materials WHERE code = c)
       UNION ALL
       SELECT 'productCategories', c FROM unnest($3::text[]) c WHERE NOT EXISTS (SELECT 1 FROM part_categories WHERE code = c)
       UNION ALL
       SELECT 'kbli', c FROM unnest($4::text[]) c WHERE NOT EXISTS (SELECT 1 FROM kbli WHERE code = c)
       UNION ALL
       SELECT 'certifications', c FROM unnest($5::text[]) c WHERE NOT EXISTS (SELECT 1 FROM certifications WHERE code = c)`,
      [
        lists.processes ?? [],
        lists.materials ?? [],
        lists.productCategories ?? [],
        lists.kbli ?? [],
        lists.certifications ?? [],
      ],
    );
  }

  findRegencies(codes: string[]): Promise<Pick<Region, 'code' | 'lat' | 'lng'>[]> {
    return this.dataSource.getRepository(Region).find({
      select: { code: true, lat: true, lng: true },
      where: { code: In(codes), level: 'regency' },
    });
  }

  /** A regency or city (not a province), with its approximate centroid. */
  /**
   * By index, the points farther than `beyondKm` from their regency's centroid
   * (the only ones the rule may refuse), with that distance and the nearest
   * other regency or city. Unknown regencies are left out. One statement for a whole import.
   */
  async locationFacts(
    points: { regencyCode: string; lat: number; lng: number }[],
    beyondKm: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, LocationFacts>> {
    if (points.length === 0) return new Map();
    const rows = await manager.query<(LocationFacts & { i: string })[]>(
      `SELECT p.i, own.name AS "regencyName", own_km AS "regencyKm",
              nearest.name AS "nearestName", nearest.km AS "nearestKm"
         FROM unnest($1::text[], $2::float8[], $3::float8[]) WITH ORDINALITY AS p(code, lat, lng, i)
         JOIN regions own ON own.code = p.code AND own.level = 'regency'
         CROSS JOIN LATERAL (SELECT geo_distance_km(p.lat, p.lng, own.lat::float8, own.lng::float8) AS own_km) d
         JOIN LATERAL (
           SELECT r.name, geo_distance_km(p.lat, p.lng, r.lat::float8, r.lng::float8) AS km
             FROM regions r
            WHERE r.level = 'regency' AND r.code <> p.code AND d.own_km > $4
            ORDER BY km
            LIMIT 1
         ) nearest ON true`,
      [points.map((p) => p.regencyCode), points.map((p) => p.lat), points.map((p) => p.lng), beyondKm],
    );
    return new Map(rows.map(({ i, ...facts }) => [Number(i) - 1, facts]));
  }

  async findRegency(code: string): Promise<Pick<Region, 'lat' | 'lng'> | undefined> {
    const region = await this.dataSource.getRepository(Region).findOne({
      select: { lat: true, lng: true },
      where: { code, level: 'regency' },
    });
    return region ?? undefined;
  }

  /** A whole catalogue by code, narrowed to the rows whose given columns contain `q`. */
  private search<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    q: string | undefined,
    ...columns: string[]
  ): SelectQueryBuilder<T> {
    const query = this.dataSource.getRepository(entity).createQueryBuilder('r').orderBy('r.code');
    if (q) query.where(matchesAny(...columns), { pattern: containsPattern(q) });
    return query;
  }
}
