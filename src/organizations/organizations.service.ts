import { Permission } from '../auth/permissions';
import {
  ForbiddenException,
  ConflictException,
  HttpStatus,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthService, toUserDto } from '../auth/auth.service';
import type { UpdateMeDto, UserDto } from '../auth/dto/auth.dto';
import type { AuthUser } from '../auth/roles';
import { ProblemException, ValidationProblem } from '../common/errors/problem';
import { SecurityEventsRepository } from '../auth/security-events.repository';
import { UsersRepository } from '../auth/users.repository';
import { AccessService } from './access.service';
import type { MemberListDto } from './dto/members.dto';
import { MembershipsRepository } from './memberships.repository';
import { MEMBER_ROLE, OrganizationType } from './organization-types';
import { text } from '../common/i18n/text';

/** Members manage their own team; curators may look; admins may also fix a team that lost access. */

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipsRepository,
    private readonly users: UsersRepository,
    private readonly securityEvents: SecurityEventsRepository,
    private readonly access: AccessService,
    private readonly auth: AuthService,
  ) {}

  /** The signed-in account with the organisations it acts for. */
  async me(user: AuthUser): Promise<UserDto> {
    const row = await this.users.findById(user.id);
    if (!row) throw new UnauthorizedException();
    return { ...toUserDto(row), memberships: await this.memberships.forUser(user.id) };
  }

  async updateMe(user: AuthUser, body: UpdateMeDto): Promise<UserDto> {
    await this.auth.updateProfile(user, body);
    return this.me(user);
  }

  /**
   * Creates the organisation row a supplier, buyer or estate hangs from, with
   * its creator as first member, or with no members yet when staff create it
   * (`founder` null: an estate listed by a curator). Runs in the caller's transaction.
   */
  async create(manager: EntityManager, type: OrganizationType, founder: AuthUser | null): Promise<string> {
    if (founder && founder.role !== MEMBER_ROLE[type]) {
      throw new ForbiddenException(`Only ${MEMBER_ROLE[type]} accounts can create a ${type}.`);
    }
    const id = await this.memberships.insertOrganization(manager, type);
    if (founder) await this.memberships.insert(manager, id, founder.id, null);
    return id;
  }

  async listMembers(user: AuthUser, organizationId: string): Promise<MemberListDto> {
    if (!(await this.memberships.findOrganization(organizationId))) throw new NotFoundException('Not found.');
    await this.access.requireAccess(user, Permission.MembersRead, organizationId);
    const items = await this.memberships.members(organizationId);
    return { items, total: items.length };
  }

  async addMember(user: AuthUser, organizationId: string, email: string, ip?: string): Promise<MemberListDto> {
    return this.dataSource.transaction(async (manager) => {
      const type = await this.lockOrganization(manager, organizationId);
      await this.access.requireAccess(user, Permission.MembersManage, organizationId, { manager });
      const invitee = await this.users.findByEmail(email, manager);
      if (!invitee || invitee.disabledAt || invitee.role !== MEMBER_ROLE[type]) {
        throw new ValidationProblem([
          { field: 'email', message: text('validation.noMemberAccount', { role: MEMBER_ROLE[type] }) },
        ]);
      }
      if (!(await this.memberships.insert(manager, organizationId, invitee.id, user.id))) {
        throw new ConflictException('This user is already a member.');
      }
      await this.securityEvents.record(
        { type: 'membership_added', actorUserId: user.id, subjectUserId: invitee.id, ip, details: { organizationId } },
        manager,
      );
      const items = await this.memberships.members(organizationId, manager);
      return { items, total: items.length };
    });
  }

  async removeMember(user: AuthUser, organizationId: string, memberId: string, ip?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockOrganization(manager, organizationId);
      await this.access.requireAccess(user, Permission.MembersManage, organizationId, { manager });
      const members = await this.memberships.members(organizationId, manager);
      if (!members.some((m) => m.userId === memberId)) throw new NotFoundException('No such member.');
      if (members.length === 1) {
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'last-member',
          'The last member cannot be removed: an organisation must always have someone who can manage it.',
        );
      }
      await this.memberships.delete(manager, organizationId, memberId);
      await this.securityEvents.record(
        { type: 'membership_removed', actorUserId: user.id, subjectUserId: memberId, ip, details: { organizationId } },
        manager,
      );
    });
  }

  /** Locks the organisation for the rest of the transaction; 404 when it does not exist. */
  private async lockOrganization(manager: EntityManager, organizationId: string): Promise<OrganizationType> {
    const organization = await this.memberships.findOrganization(organizationId, { manager, forUpdate: true });
    if (!organization) throw new NotFoundException('Not found.');
    return organization.type;
  }
}
