import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const HOLIDAY_KINDS = ['national', 'cuti_bersama'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** A national holiday or cuti bersama day (SKB 3 Menteri of its year). */
@Entity({ name: 'public_holidays' })
@Check('public_holidays_kind_check', `(kind = ANY (ARRAY['national'::text, 'cuti_bersama'::text]))`)
export class PublicHoliday {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'public_holidays_pk' })
  date!: string;

  @Column({ type: 'text' })
  kind!: HolidayKind;

  @Column({ type: 'text', name: 'name_id' })
  nameId!: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn!: string;
}
