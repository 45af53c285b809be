import type { MembershipDto } from './dto/auth.dto';

/**
 * The organisations an account acts for, which the organisations module
 * knows. Sign-in answers with them (as register and GET /auth/me do), so
 * auth asks through this token (dependency inversion, as with MAIL_OUTBOX)
 * rather than importing that module, which depends on auth.
 */
export const ACCOUNT_MEMBERSHIPS = Symbol('ACCOUNT_MEMBERSHIPS');

export interface AccountMemberships {
  forUser(userId: string): Promise<MembershipDto[]>;
}
