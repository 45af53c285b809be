import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { containsPattern } from '../common/sql/patterns';
import type { RegionLevel } from './dto/reference.dto';

export type TaxonomyTable = 'processes' | 'materials' | 'part_categories';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  kind: 'province' | 'kabupaten' | 'kota';
  parentCode: string | null;
  lat: number;
  lng: number;
}
export interface TaxonomyRow {
  code: string;
  parentCode: string | null;
  nameId: string;
  nameEn: string;
  aliases: string[];
  vehicleTypes?: ('2w' | '4w')[];
}
export interface CertificationTypeRow {
  code: string;
  kind: string;
  nameId: string;
  nameEn: string;
  aliases: string[];
}
export interface KbliRow {
  code: string;
  nameId: string;
  nameEn: string;
}

/** Case- and accent-insensitive substring match of $1 against the given text expressions. */
const matchesAny = (...expressions: string[]): string =>
  `(${expressions.map((e) => `unaccent(lower(${e})) LIKE unaccent(lower($1))`).join(' OR ')})`;

@Injectable()
export class ReferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findRegions(filter: { level?: RegionLevel; parent?: string; q?: string }): Promise<RegionRow[]> {
    return this.dataSource.query(
      `SELECT code, name, level, kind, parent_code AS "parentCode", lat::float8 AS lat, lng::float8 AS lng
         FROM regions
        WHERE ($1::text IS NULL OR ${matchesAny('name', 'code')})
          AND ($2::text IS NULL OR level = $2)
          AND ($3::text IS NULL OR parent_code = $3)
        ORDER BY code`,
      [filter.q ? containsPattern(filter.q) : null, filter.level ?? null, filter.parent ?? null],
    );
  }

  findTaxonomy(table: TaxonomyTable, q?: string): Promise<TaxonomyRow[]> {
    const vehicleTypes = table === 'part_categories' ? ', vehicle_types AS "vehicleTypes"' : '';
    return this.dataSource.query(
      `SELECT code, parent_code AS "parentCode", name_id AS "nameId", name_en AS "nameEn", aliases${vehicleTypes}
         FROM ${table}
        WHERE $1::text IS NULL OR ${matchesAny('code', 'name_id', 'name_en', "array_to_string(aliases, ' ')")}
        ORDER BY code`,
      [q ? containsPattern(q) : null],
    );
  }

  findCertificationTypes(q?: string): Promise<CertificationTypeRow[]> {
    return this.dataSource.query(
      `SELECT code, kind, name_id AS "nameId", name_en AS "nameEn", aliases
         FROM certifications
        WHERE $1::text IS NULL OR ${matchesAny('code', 'name_id', 'name_en', "array_to_string(aliases, ' ')")}
        ORDER BY code`,
      [q ? containsPattern(q) : null],
    );
  }

  findKbli(q?: string): Promise<KbliRow[]> {
    return this.dataSource.query(
      `SELECT code, title_id AS "nameId", title_en AS "nameEn"
         FROM kbli
        WHERE $1::text IS NULL OR ${matchesAny('code', 'title_id', 'title_en')}
        ORDER BY code`,
      [q ? containsPattern(q) : null],
    );
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

  findRegencies(codes: string[]): Promise<{ code: string; lat: number; lng: number }[]> {
    return this.dataSource.query(
      `SELECT code, lat::float8 AS lat, lng::float8 AS lng FROM regions WHERE code = ANY ($1) AND level = 'regency'`,
      [codes],
    );
  }

  /** A regency or city (not a province), with its approximate centroid. */
  async findRegency(code: string): Promise<{ lat: number; lng: number } | undefined> {
    const [row] = await this.dataSource.query<{ lat: number; lng: number }[]>(
      `SELECT lat::float8 AS lat, lng::float8 AS lng FROM regions WHERE code = $1 AND level = 'regency'`,
      [code],
    );
    return row;
  }
}

export type CodeList = 'processes' | 'materials' | 'productCategories' | 'kbli' | 'certifications';
