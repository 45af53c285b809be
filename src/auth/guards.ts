import { ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { IS_PUBLIC } from './public.decorator';
import { PERMISSION_KEY } from './allow.decorator';
import { mayAsk, type Permission } from './permissions';
import type { AuthUser } from './roles';

/** Every route needs a valid access token unless it is marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error || !user) throw new UnauthorizedException('A valid access token is required.');
    return user;
  }
}

/**
 * The door of authorisation: a route names its permission with @Allow, and a
 * caller whose role the permission map leaves out gets 403. A route that is
 * neither @Public nor @Allow is closed to everyone: forgetting to say who may
 * call a route never opens it.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const user = context.switchToHttp().getRequest<Request>().user as AuthUser | undefined;
    if (permission && user && mayAsk(user.role, permission)) return true;
    throw new ForbiddenException('Your role may not do this.');
  }
}
