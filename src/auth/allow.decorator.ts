import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Permission, PERMISSIONS } from './permissions';

export const PERMISSION_KEY = 'permission';

/**
 * The permission a route needs (auth/permissions.ts): roles the map leaves out
 * are turned away with 403 before the handler runs; which objects the caller
 * may touch is the service's AccessService.requireAccess. Published in the
 * OpenAPI document as `x-permission`, with the roles that may ask.
 */
export const Allow = (permission: Permission) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiExtension('x-permission', { name: permission, roles: PERMISSIONS[permission].roles }),
  );
