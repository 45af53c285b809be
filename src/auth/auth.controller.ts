import { Allow } from './allow.decorator';
import { Permission } from './permissions';
import { Body, Controller, Header, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthRateLimited } from '../common/http/throttling';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { ChangePasswordDto, LoginDto, RefreshDto, RegisterDto, RegisteredDto, TokensDto } from './dto/auth.dto';
import { Public } from './public.decorator';
import type { AuthUser } from './roles';

/** Responses that carry tokens must not be kept by any cache. */
const NoStore = () => Header('Cache-Control', 'no-store');

@ApiTags('Auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @NoStore()
  @Public()
  @AuthRateLimited()
  @ApiOperation({
    summary: 'Create an account',
    description:
      'For IKM owners, OEM buyers and estate managers; curators and admins are created by admins. Signs the new user in.',
  })
  @ApiCreatedResponse({ type: RegisteredDto })
  @ProblemResponses(400, 409, 429)
  register(@Body() body: RegisterDto, @Ip() ip: string): Promise<RegisteredDto> {
    return this.auth.register(body, ip);
  }

  @Post('login')
  @NoStore()
  @Public()
  @AuthRateLimited()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in',
    description:
      'The same 401 for an unknown email and a wrong password. After 10 failures in 15 minutes the account is locked (429) until the window passes.',
  })
  @ApiOkResponse({ type: TokensDto })
  @ProblemResponses(400, 401, 429)
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<TokensDto> {
    return this.auth.login(body.email, body.password, ip);
  }

  @Post('refresh')
  @NoStore()
  @Public()
  @AuthRateLimited()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair',
    description:
      'A refresh token works once. Using an old one again revokes the whole session (401). Sessions last at most 12 hours.',
  })
  @ApiOkResponse({ type: TokensDto })
  @ProblemResponses(400, 401, 429)
  refresh(@Body() body: RefreshDto, @Ip() ip: string): Promise<TokensDto> {
    return this.auth.refresh(body.refreshToken, ip);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign out',
    description: "Ends the session of the given refresh token (only the caller's own).",
  })
  @Allow(Permission.Self)
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ProblemResponses(400, 401)
  logout(@CurrentUser() user: AuthUser, @Body() body: RefreshDto, @Ip() ip: string): Promise<void> {
    return this.auth.logout(user, body.refreshToken, ip);
  }

  @Post('password')
  @NoStore()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change the password',
    description: 'Ends every session of the account, on every device, and returns tokens for a new one.',
  })
  @Allow(Permission.Self)
  @ApiOkResponse({ type: TokensDto })
  @ProblemResponses(400, 401)
  changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto, @Ip() ip: string): Promise<TokensDto> {
    return this.auth.changePassword(user, body.currentPassword, body.newPassword, ip);
  }
}
