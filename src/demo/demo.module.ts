import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CentreServicesModule } from '../centre-services/centre-services.module';
import { BuyersModule } from '../buyers/buyers.module';
import { DatabaseModule } from '../database/database.module';
import { MatchesModule } from '../matches/matches.module';
import { MatchingModule } from '../matching/matching.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SourcingRequestsModule } from '../sourcing-requests/sourcing-requests.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { DemoSeeder } from './demo-seeder.service';
import { DemoStartup } from './demo-startup';

@Module({
  imports: [
    DatabaseModule,
    AuthModule,
    OrganizationsModule,
    SuppliersModule,
    BuyersModule,
    SourcingRequestsModule,
    MatchingModule,
    MatchesModule,
    CentreServicesModule,
  ],
  providers: [DemoSeeder, DemoStartup],
  exports: [DemoSeeder, DemoStartup],
})
export class DemoModule {}
