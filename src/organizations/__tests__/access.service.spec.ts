import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { Permission } from '../../auth/permissions';
import type { AuthUser, Role } from '../../auth/roles';
import { AccessService } from '../access.service';
import type { MembershipsRepository } from '../memberships.repository';

/** Memberships in memory: the access decisions are branching logic, not SQL. */
function accessWith(memberships: [userId: string, organizationId: string][]): AccessService {
  const fake = {
    isMember: (userId: string, organizationId: string) =>
      Promise.resolve(memberships.some(([u, o]) => u === userId && o === organizationId)),
  };
  return new AccessService(fake as unknown as MembershipsRepository);
}
const user = (role: Role, id = `${role}-1`): AuthUser => ({ id, email: `${id}@test.id`, role });

describe('AccessService.requireAccess', () => {
  const access = accessWith([
    ['ikm_owner-1', 'supplier-a'],
    ['oem_buyer-1', 'buyer-a'],
  ]);

  it("lets members do what the route lets them ask for, on their organisation's objects", async () => {
    await expect(access.requireAccess(user('ikm_owner'), Permission.SupplierManage, 'supplier-a')).resolves.toEqual({
      isMember: true,
    });
  });

  it('lets roles the map grants over every object act without being members', async () => {
    await expect(access.requireAccess(user('curator'), Permission.SupplierManage, 'supplier-a')).resolves.toEqual({
      isMember: false,
    });
    await expect(access.requireAccess(user('admin'), Permission.SupplierDelete, 'supplier-a')).resolves.toEqual({
      isMember: false,
    });
  });

  it('answers 403 for an object the caller may see but not change, 404 for one it may not see', async () => {
    await expect(
      access.requireAccess(user('ikm_owner', 'other'), Permission.SupplierManage, 'supplier-a'),
    ).rejects.toThrow(ForbiddenException);
    await expect(access.requireAccess(user('oem_buyer', 'other'), Permission.BuyerUpdate, 'buyer-a')).rejects.toThrow(
      NotFoundException,
    );
    await expect(access.requireAccess(user('curator'), Permission.BuyerUpdate, 'buyer-a')).rejects.toThrow(
      ForbiddenException,
    );
  });

  it('lets anyone read what is visible to all, and nobody change it for that', async () => {
    await expect(
      access.requireAccess(user('ikm_owner', 'other'), Permission.RequestRead, 'buyer-a', { visibleToAll: true }),
    ).resolves.toEqual({ isMember: false });
    await expect(
      access.requireAccess(user('ikm_owner', 'other'), Permission.RequestRead, 'buyer-a', { visibleToAll: false }),
    ).rejects.toThrow(NotFoundException);
    await expect(
      access.requireAccess(user('oem_buyer', 'other'), Permission.RequestUpdate, 'buyer-a', { visibleToAll: true }),
    ).rejects.toThrow(ForbiddenException);
  });
});
