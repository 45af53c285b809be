import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { closesGapSql } from './closes-gap';
import { CentreService } from './centre-service.entity';

/** A catalogue row with the names of the codes it names, in both languages. */
export interface CentreServiceRow extends CentreService {
  names: Record<string, { id: string; en: string }>;
}

/** A gap that a service could close: a missing process or certificate code, or a TKDN below the minimum. */
export interface GapKey {
  kind: 'process' | 'certification' | 'tkdn';
  code: string | null;
}

/** Names of the certificate and process codes a service names, short ("ISO 9001"), as one jsonb object by code. */
const NAMES_SQL = `(SELECT coalesce(jsonb_object_agg(code, jsonb_build_object('id', id, 'en', en)), '{}'::jsonb) FROM (
     SELECT code, regexp_replace(name_id, '\\s*\\(.*\\)\\s*$', '') AS id, regexp_replace(name_en, '\\s*\\(.*\\)\\s*$', '') AS en
       FROM certifications WHERE code = ANY (cs.certifications || cs.issues)
     UNION ALL
     SELECT code, name_id, name_en FROM processes WHERE code = ANY (cs.processes)) n) AS names`;

@Injectable()
export class CentreServicesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(includeRetired: boolean): Promise<CentreServiceRow[]> {
    return this.read(`WHERE $1 OR cs.active ORDER BY cs.kind, cs.name_id`, [includeRetired]);
  }

  async find(code: string, manager?: EntityManager): Promise<CentreServiceRow | undefined> {
    return (await this.read('WHERE cs.code = $1', [code], manager))[0];
  }

  findForUpdate(manager: EntityManager, code: string): Promise<CentreService | null> {
    return manager.findOne(CentreService, { where: { code }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(manager: EntityManager, service: Partial<CentreService>): Promise<void> {
    await manager.insert(CentreService, service);
  }

  async update(manager: EntityManager, code: string, changes: Partial<CentreService>): Promise<void> {
    await manager.update(CentreService, code, { ...changes, version: () => 'version + 1', updatedAt: () => 'now()' });
  }

  /** The active services that would close each gap (closesGapSql), keyed `kind:code`, free and quick first. */
  async forGaps(gaps: GapKey[]): Promise<Map<string, CentreService[]>> {
    if (!gaps.length) return new Map();
    const rows = await this.dataSource.query<(CentreService & { key: string })[]>(
      `SELECT g.kind || ':' || coalesce(g.code, '') AS key, cs.code, cs.kind, cs.name_id AS "nameId", cs.name_en AS "nameEn",
              cs.typical_days AS "typicalDays", cs.has_fee AS "hasFee"
         FROM (SELECT DISTINCT kind, code FROM jsonb_to_recordset($1::jsonb) AS g(kind text, code text)) g
         JOIN centre_services cs ON ${closesGapSql('g.kind', 'g.code')}
        ORDER BY key, cs.has_fee, cs.typical_days, cs.code`,
      [JSON.stringify(gaps)],
    );
    const byGap = new Map<string, CentreService[]>();
    for (const { key, ...service } of rows) byGap.set(key, [...(byGap.get(key) ?? []), service]);
    return byGap;
  }

  private async read(where: string, params: unknown[], manager?: EntityManager): Promise<CentreServiceRow[]> {
    return (manager ?? this.dataSource.manager).query<CentreServiceRow[]>(
      `SELECT cs.code, cs.kind, cs.name_id AS "nameId", cs.name_en AS "nameEn", cs.description_id AS "descriptionId",
              cs.description_en AS "descriptionEn", cs.certifications, cs.processes, cs.issues,
              cs.evidence_valid_months AS "evidenceValidMonths", cs.typical_days AS "typicalDays", cs.has_fee AS "hasFee",
              cs.active, cs.version, cs.created_at AS "createdAt", cs.updated_at AS "updatedAt", ${NAMES_SQL}
         FROM centre_services cs ${where}`,
      params,
    );
  }
}
