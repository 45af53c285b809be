import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export const ACCOUNT_TOKEN_PURPOSES = ['password_reset', 'email_verification'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** The token of a link mailed to an account's address: only its SHA-256 is kept, and it works once. */
@Entity({ name: 'account_tokens' })
@Check('account_tokens_purpose_check', `(purpose = ANY (ARRAY['password_reset'::text, 'email_verification'::text]))`)
@Check('account_tokens_token_hash_check', `(token_hash ~ '^[0-9a-f]{64}$'::text)`)
@ForeignKey(() => User, ['userId'], ['id'], { name: 'account_tokens_user_fk', onDelete: 'CASCADE' })
@Index('account_tokens_token_hash_unique', { synchronize: false })
@Index('account_tokens_user_purpose_idx', { synchronize: false })
export class AccountToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'account_tokens_pk' })
  id!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @Column({ type: 'text' })
  purpose!: AccountTokenPurpose;

  @Column({ type: 'text', name: 'token_hash' })
  tokenHash!: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
