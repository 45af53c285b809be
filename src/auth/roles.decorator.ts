import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles';

export const ROLES_KEY = 'roles';
/** The roles that may call a route at all; ownership is then checked in the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
