import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser, Role } from '../auth/roles';
import { MembershipsRepository } from './memberships.repository';

export type AccessAction = 'read' | 'manage';

/** Who besides an organisation's members may act on the objects it owns. */
export interface AccessPolicy {
  /** Staff roles that may read every object of this kind. */
  readAny?: readonly Role[];
  /** Staff roles that may change every object of this kind. */
  manageAny?: readonly Role[];
  /** Whether this particular object may be seen by any signed-in user (a public profile, an open request). */
  visibleToAll?: boolean;
}

/**
 * The ownership half of authorisation (the role half is @Roles at the route):
 * members of the owning organisation may do everything the route allows; others
 * only what the policy grants. What you may not see is 404, so that ids cannot
 * be probed; what you may see but not change is 403. Answers whether the
 * user is a member, so callers need not ask again.
 */
@Injectable()
export class AccessService {
  constructor(private readonly memberships: MembershipsRepository) {}

  async requireAccess(
    user: AuthUser,
    organizationId: string,
    action: AccessAction,
    policy: AccessPolicy,
    manager?: EntityManager,
  ): Promise<{ isMember: boolean }> {
    if (await this.memberships.isMember(user.id, organizationId, manager)) return { isMember: true };
    const canManage = policy.manageAny?.includes(user.role) ?? false;
    const canSee = canManage || (policy.readAny?.includes(user.role) ?? false) || (policy.visibleToAll ?? false);
    if (action === 'manage' ? canManage : canSee) return { isMember: false };
    if (canSee) throw new ForbiddenException('You may see this, but not change it.');
    throw new NotFoundException('Not found.');
  }
}
