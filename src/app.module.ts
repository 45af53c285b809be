import { MiddlewareConsumer, Module, NestModule, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { bodyParsers } from './common/http/body-parsers';
import { ProblemFilter } from './common/errors/problem.filter';
import { ValidationProblem } from './common/errors/problem';
import { toFieldErrors } from './common/errors/validation-errors';
import { LoggingModule } from './common/logging/logging.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { ReferenceModule } from './reference/reference.module';

/** One validation pipe for every route: unknown fields are refused, nested objects validated. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: false,
  exceptionFactory: (errors) => new ValidationProblem(toFieldErrors(errors)),
});

@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule, HealthModule, ReferenceModule],
  providers: [
    { provide: APP_PIPE, useValue: validationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
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
