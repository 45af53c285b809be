import { Global, Module } from '@nestjs/common';
import { ACCOUNT_MEMBERSHIPS, type AccountMemberships } from '../auth/account-memberships';
import { MembershipsRepository } from './memberships.repository';

/** Answers the auth module's ACCOUNT_MEMBERSHIPS from this module's memberships: global, so auth need not import it. */
@Global()
@Module({
  providers: [
    MembershipsRepository,
    {
      provide: ACCOUNT_MEMBERSHIPS,
      inject: [MembershipsRepository],
      useFactory: (memberships: MembershipsRepository): AccountMemberships => ({
        forUser: (userId) => memberships.forUser(userId),
      }),
    },
  ],
  exports: [ACCOUNT_MEMBERSHIPS],
})
export class AccountMembershipsModule {}
