import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReferenceModule } from '../reference/reference.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { CentreService } from './centre-service.entity';
import { CentreServicesController } from './centre-services.controller';
import { CentreServicesRepository } from './centre-services.repository';
import { CentreServicesService } from './centre-services.service';
import { ServiceRequestEvent } from './service-request-event.entity';
import { ServiceRequest } from './service-request.entity';
import { ServiceRequestsController } from './service-requests.controller';
import { ServiceRequestsRepository } from './service-requests.repository';
import { ServiceRequestsService } from './service-requests.service';

/** BBSPJILM's services: the catalogue, and firms' requests for them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CentreService, ServiceRequest, ServiceRequestEvent]),
    NotificationsModule,
    OrganizationsModule,
    ReferenceModule,
    SuppliersModule,
  ],
  controllers: [CentreServicesController, ServiceRequestsController],
  providers: [CentreServicesRepository, CentreServicesService, ServiceRequestsRepository, ServiceRequestsService],
  exports: [CentreServicesService, ServiceRequestsService],
})
export class CentreServicesModule {}
