import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';

export const IS_PUBLIC = 'isPublic';

/**
 * Marks a route (or a controller's routes) that needs no token; every other
 * route does. The OpenAPI document says so with an empty requirement, which
 * setUpOpenApi writes as the usual `security: []`.
 */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));
