import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from './user.entity';
import { RefreshToken } from './refresh-token.entity';
import { SecurityEvent } from './security-event.entity';
import { AccountToken } from './account-token.entity';
import { AccountLinksService } from './account-links.service';
import { AccountRecoveryService } from './account-recovery.service';
import { AccountTokensRepository } from './account-tokens.repository';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../config/app-config';
import { accessTokenKey } from './access-token-key';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SecurityEventsRepository } from './security-events.repository';
import { UsersRepository } from './users.repository';
import { AccountsService } from './accounts.service';
import { AdminController } from './admin.controller';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard, PermissionGuard } from './guards';
import { JwtStrategy } from './jwt.strategy';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, SecurityEvent, AccountToken]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: accessTokenKey(config),
        signOptions: { expiresIn: config.accessTokenTtlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, AdminController],
  providers: [
    UsersRepository,
    RefreshTokensRepository,
    SecurityEventsRepository,
    AccountTokensRepository,
    AccountLinksService,
    AccountRecoveryService,
    AuthService,
    AccountsService,
    TokensService,
    JwtStrategy,
    JwtAuthGuard,
    PermissionGuard,
  ],
  exports: [UsersRepository, SecurityEventsRepository, JwtAuthGuard, PermissionGuard, AuthService],
})
export class AuthModule {}
