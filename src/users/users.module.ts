import { Module } from '@nestjs/common';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SecurityEventsRepository } from './security-events.repository';
import { UsersRepository } from './users.repository';

/** Data access for accounts, their sessions and the security log; the rules live in the auth module. */
@Module({
  providers: [UsersRepository, RefreshTokensRepository, SecurityEventsRepository],
  exports: [UsersRepository, RefreshTokensRepository, SecurityEventsRepository],
})
export class UsersModule {}
