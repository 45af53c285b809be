import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { overEveryObject, Permission, PERMISSIONS } from '../auth/permissions';
import type { AuthUser } from '../auth/roles';
import { MembershipsRepository } from './memberships.repository';

/**
 * The ownership half of authorisation (the door is @Allow at the route):
 * members of the owning organisation hold every permission the route lets
 * them ask for; others only those the permission map grants over every
 * object. What you may not see is 404, so that ids cannot be probed; what you
 * may see but not change is 403. Answers whether the user is a member, so
 * callers need not ask again.
 */
@Injectable()
export class AccessService {
  constructor(private readonly memberships: MembershipsRepository) {}

  async requireAccess(
    user: AuthUser,
    permission: Permission,
    organizationId: string,
    { visibleToAll = false, manager }: { visibleToAll?: boolean; manager?: EntityManager } = {},
  ): Promise<{ isMember: boolean }> {
    if (await this.memberships.isMember(user.id, organizationId, manager)) return { isMember: true };
    if (overEveryObject(user.role, permission)) return { isMember: false };
    // A permission with `seenWith` changes the object; without, it reads it, which visibility grants.
    const seenWith = PERMISSIONS[permission].seenWith;
    if (!seenWith && visibleToAll) return { isMember: false };
    if (seenWith && (visibleToAll || overEveryObject(user.role, seenWith))) {
      throw new ForbiddenException('You may see this, but not change it.');
    }
    throw new NotFoundException('Not found.');
  }
}
