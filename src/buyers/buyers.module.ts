import { TypeOrmModule } from '@nestjs/typeorm';
import { Buyer } from './buyer.entity';
import { BuyerPlant } from './buyer-plant.entity';
import { Module } from '@nestjs/common';
import { EstatesModule } from '../estates/estates.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReferenceModule } from '../reference/reference.module';
import { BuyersController } from './buyers.controller';
import { BuyersRepository } from './buyers.repository';
import { BuyersService } from './buyers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Buyer, BuyerPlant]), OrganizationsModule, ReferenceModule, EstatesModule],
  controllers: [BuyersController],
  providers: [BuyersRepository, BuyersService],
  exports: [BuyersRepository, BuyersService],
})
export class BuyersModule {}
