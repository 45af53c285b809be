import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AuthModule } from './auth/auth.module';
import { JwtAuthGuard, PermissionGuard } from './auth/guards';
import { RateLimitGuard, ThrottlingModule } from './common/http/throttling';
import { OrganizationsModule } from './organizations/organizations.module';
import { bodyParsers } from './common/http/body-parsers';
import { ProblemFilter } from './common/errors/problem.filter';
import { validationPipe } from './common/validation/validation-pipe';
import { UndeclaredInputInterceptor } from './common/validation/undeclared-input.interceptor';
import { LoggingModule } from './common/logging/logging.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { ReferenceModule } from './reference/reference.module';
import { SuppliersModule } from './suppliers/suppliers.module';
import { EstatesModule } from './estates/estates.module';
import { BuyersModule } from './buyers/buyers.module';
import { SourcingRequestsModule } from './sourcing-requests/sourcing-requests.module';
import { CentreServicesModule } from './centre-services/centre-services.module';
import { MatchingModule } from './matching/matching.module';
import { MatchesModule } from './matches/matches.module';
import { StatsModule } from './stats/stats.module';
import { ImpactModule } from './impact/impact.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ClockModule } from './common/time/clock';
import { TranslationModule } from './common/i18n/translation.module';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ScheduleModule } from '@nestjs/schedule';
import { DemoModule } from './demo/demo.module';
import { DocumentsModule } from './documents/documents.module';
import { WebAppModule } from './web/web-app.module';

@Module({
  imports: [
    ConfigModule,
    TranslationModule,
    ClockModule,
    ScheduleModule.forRoot(),
    EventEmitterModule.forRoot(),
    LoggingModule,
    DatabaseModule,
    ThrottlingModule,
    HealthModule,
    ReferenceModule,
    AuthModule,
    OrganizationsModule,
    SuppliersModule,
    DocumentsModule,
    EstatesModule,
    BuyersModule,
    SourcingRequestsModule,
    CentreServicesModule,
    MatchingModule,
    MatchesModule,
    StatsModule,
    ImpactModule,
    NotificationsModule,
    DemoModule,
    WebAppModule.register(),
  ],
  providers: [
    { provide: APP_PIPE, useValue: validationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
    // In this order: limits first (cheap, and they also cover bad tokens), then the token, then the role.
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useExisting: JwtAuthGuard },
    { provide: APP_GUARD, useExisting: PermissionGuard },
    { provide: APP_INTERCEPTOR, useClass: UndeclaredInputInterceptor },
  ],
})
export class AppModule implements NestModule {
  /**
   * Bodies are parsed here rather than with app.use(), so that the request
   * logger (a global module's middleware, which Nest mounts first) has given
   * the request its id before a malformed or oversized body is refused.
   */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(...bodyParsers()).forRoutes('{*path}');
  }
}
