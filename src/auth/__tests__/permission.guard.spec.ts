import { ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PERMISSION_KEY } from '../allow.decorator';
import { PermissionGuard } from '../guards';
import { Permission, PERMISSIONS } from '../permissions';
import { IS_PUBLIC } from '../public.decorator';
import { ROLES, type Role } from '../roles';

/** A route with the given metadata, called by a user of `role` (or nobody). */
function call(metadata: Record<string, unknown>, role?: Role) {
  const reflector = { getAllAndOverride: (key: string) => metadata[key] } as unknown as Reflector;
  const context = {
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => ({ user: role && { id: 'u', email: 'u@test.id', role } }) }),
  } as unknown as ExecutionContext;
  return () => new PermissionGuard(reflector).canActivate(context);
}

describe('PermissionGuard', () => {
  it('lets in exactly the roles the permission map names, for every permission', () => {
    for (const permission of Object.values(Permission)) {
      for (const role of ROLES) {
        const ask = call({ [PERMISSION_KEY]: permission }, role);
        if (PERMISSIONS[permission].roles.includes(role)) expect(ask()).toBe(true);
        else expect(ask).toThrow(ForbiddenException);
      }
    }
  });

  it('opens public routes to everyone and closes routes that name no permission', () => {
    expect(call({ [IS_PUBLIC]: true })()).toBe(true);
    expect(call({}, 'admin')).toThrow(ForbiddenException);
  });
});
