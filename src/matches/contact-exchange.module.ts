import { Global, Module } from '@nestjs/common';
import { CONTACT_ACCESS, ContactAccess } from '../suppliers/contact-access';
import { MatchesRepository } from './matches.repository';

/**
 * Answers the suppliers module's CONTACT_ACCESS from the matches: global, so
 * that suppliers can ask without importing this module (which imports theirs).
 */
@Global()
@Module({
  providers: [
    MatchesRepository,
    {
      provide: CONTACT_ACCESS,
      inject: [MatchesRepository],
      useFactory: (matches: MatchesRepository): ContactAccess => ({
        exchanged: (userId, supplierId) => matches.contactsExchanged(userId, supplierId),
      }),
    },
  ],
  exports: [CONTACT_ACCESS],
})
export class ContactExchangeModule {}
