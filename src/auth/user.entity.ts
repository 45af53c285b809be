import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from './roles';

@Entity({ name: 'users' })
@Check('users_email_normalised_check', `((email = lower(btrim(email))) AND (email ~~ '_%@_%'::text))`)
@Check('users_failed_logins_check', `(failed_logins >= 0)`)
@Check('users_full_name_check', `((length(btrim(full_name)) >= 1) AND (length(btrim(full_name)) <= 200))`)
@Check('users_phone_check', `(phone ~ '^\\+[1-9][0-9]{6,14}$'::text)`)
@Check('users_password_hash_check', `(password_hash ~~ '$argon2id$%'::text)`)
@Check(
  'users_role_check',
  `(role = ANY (ARRAY['ikm_owner'::text, 'oem_buyer'::text, 'estate_manager'::text, 'curator'::text, 'admin'::text]))`,
)
@Check('users_token_version_check', `(token_version >= 0)`)
@Index('users_email_unique', { synchronize: false })
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pk' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', name: 'password_hash' })
  passwordHash!: string;

  @Column({ type: 'text', name: 'full_name' })
  fullName!: string;

  @Column({ type: 'text' })
  role!: Role;

  /** E.164, such as +6281234567890 (common/phone.ts normalises what people type). */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** When the owner of the address opened a verification (or reset) link sent to it; null until then. */
  @Column({ type: 'timestamptz', name: 'email_verified_at', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'disabled_at', nullable: true })
  disabledAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'password_changed_at', default: () => 'now()' })
  passwordChangedAt!: Date;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  /** Carried by access tokens; moves when the password changes, which ends every token issued before. */
  @Column({ type: 'integer', name: 'token_version', default: 0 })
  tokenVersion!: number;

  @Column({ type: 'integer', name: 'failed_logins', default: 0 })
  failedLogins!: number;

  @Column({ type: 'timestamptz', name: 'failed_logins_since', nullable: true })
  failedLoginsSince!: Date | null;
}
