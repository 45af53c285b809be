import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import { accessTokenKey } from './access-token-key';
import { UsersRepository } from './users.repository';
import type { AuthUser } from './roles';
import type { AccessTokenPayload } from './tokens.service';

/**
 * Checks the signature and expiry, then the account itself: a disabled account
 * or a password changed after the token was issued (its token version moved)
 * ends every session at once.
 * The role comes from the database, never from the token.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly users: UsersRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // jsonwebtoken takes the key object; passport-jwt's types name only strings and buffers.
      secretOrKey: accessTokenKey(config) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<AuthUser> {
    const user = await this.users.findForAuthentication(payload.sub);
    if (!user || user.disabledAt || (payload.ver ?? 0) !== user.tokenVersion) {
      throw new UnauthorizedException('The session has ended; sign in again.');
    }
    return { id: user.id, email: user.email, role: user.role };
  }
}
