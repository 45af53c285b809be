import { ConflictException, Injectable, Logger, NotFoundException, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { wibDayRange } from '../common/http/day-range';
import { AppConfig } from '../config/app-config';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SecurityEventsRepository } from './security-events.repository';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';
import { AuthService, toUserDto } from './auth.service';
import type {
  AdminUserDto,
  AdminUserListDto,
  CreateStaffDto,
  SecurityEventListDto,
  SecurityEventQuery,
  UserListQuery,
} from './dto/admin.dto';
import type { AuthUser } from './roles';

/** What admins do with accounts: staff creation, listing, disabling; and the first admin at start-up. */
@Injectable()
export class AccountsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly securityEvents: SecurityEventsRepository,
  ) {}

  /**
   * Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when there is
   * none; a no-op afterwards. Without them, says how to make one: nobody
   * could otherwise create curators on a new server.
   */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (await this.users.adminExists()) return;
    if (!adminEmail || !adminPassword) {
      this.logger.warn(
        'No admin account exists yet: set ADMIN_EMAIL and ADMIN_PASSWORD and restart, or run `npm run admin:create`.',
      );
      return;
    }
    const existing = await this.users.findByEmail(adminEmail);
    if (existing) {
      this.logger.warn(`ADMIN_EMAIL belongs to an existing ${existing.role} account; no admin was created.`);
      return;
    }
    try {
      await this.auth.createAccount(
        { email: adminEmail, password: adminPassword, fullName: 'Administrator', role: 'admin' },
        { actorUserId: null },
      );
      this.logger.log('Created the first admin account from ADMIN_EMAIL.');
    } catch (error) {
      // Another instance starting at the same moment created it first.
      if (!(error instanceof ConflictException)) throw error;
    }
  }

  async createStaff(actor: AuthUser, body: CreateStaffDto, ip?: string): Promise<AdminUserDto> {
    const user = await this.auth.createAccount(body, { actorUserId: actor.id, ip });
    return this.toAdminUser(user);
  }

  async list(query: UserListQuery): Promise<AdminUserListDto> {
    const { items, total } = await this.users.list(query);
    return {
      items: items.map((user) => this.toAdminUser(user)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Disabling ends every session of the account at once; enabling lets it sign in again. */
  async setDisabled(actor: AuthUser, userId: string, disabled: boolean, ip?: string): Promise<AdminUserDto> {
    if (disabled && actor.id === userId) throw new ConflictException('You cannot disable your own account.');
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.setDisabled(manager, userId, disabled);
      if (!user) throw new NotFoundException('No such user.');
      if (disabled) await this.refreshTokens.revokeAllForUser(manager, userId);
      await this.securityEvents.record(
        { type: disabled ? 'account_disabled' : 'account_enabled', actorUserId: actor.id, subjectUserId: userId, ip },
        manager,
      );
      return this.toAdminUser(user);
    });
  }

  /** The log, newest first; from and to are WIB days, both included. */
  async securityLog(query: SecurityEventQuery): Promise<SecurityEventListDto> {
    const { items, total } = await this.securityEvents.list({ ...query, ...wibDayRange(query) });
    return { items, total, page: query.page, limit: query.limit };
  }

  private toAdminUser(user: User): AdminUserDto {
    return { ...toUserDto(user), disabledAt: user.disabledAt, createdAt: user.createdAt };
  }
}
