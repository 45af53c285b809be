import { Allow } from './allow.decorator';
import { Permission } from './permissions';
import { Body, Controller, Header, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RateLimited } from '../common/http/throttling';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { AccountRecoveryService } from './account-recovery.service';
import {
  AcceptedDto,
  ChangePasswordDto,
  ForgotPasswordDto,
  LoginDto,
  RefreshDto,
  RegisterDto,
  SignedInDto,
  ResetPasswordDto,
  TokensDto,
  VerifyEmailDto,
} from './dto/auth.dto';
import { Public } from './public.decorator';
import type { AuthUser } from './roles';

/** Responses that carry tokens must not be kept by any cache. */
const NoStore = () => Header('Cache-Control', 'no-store');

@ApiTags('Auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly recovery: AccountRecoveryService,
  ) {}

  @Post('register')
  @NoStore()
  @Public()
  @RateLimited('auth')
  @ApiOperation({
    summary: 'Create an account',
    description:
      'For IKM owners, OEM buyers and estate managers; curators and admins are created by admins. Signs the new user in.',
  })
  @ApiCreatedResponse({ type: SignedInDto })
  @ProblemResponses(400, 409, 429)
  register(@Body() body: RegisterDto, @Ip() ip: string): Promise<SignedInDto> {
    return this.auth.register(body, ip);
  }

  @Post('login')
  @NoStore()
  @Public()
  @RateLimited('auth', 'login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in',
    description:
      'The same 401 for an unknown email and a wrong password. After 10 failures in 15 minutes the account is locked (429) until the window passes.',
  })
  @ApiOkResponse({ type: SignedInDto })
  @ProblemResponses(400, 401, 429)
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<SignedInDto> {
    return this.auth.login(body.email, body.password, ip);
  }

  @Post('refresh')
  @NoStore()
  @Public()
  // Its own budget: a room of signed-in people keeps refreshing however many others sign in.
  @RateLimited('refresh')
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

  @Post('forgot-password')
  @Public()
  @RateLimited('auth')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Forgot the password ("lupa kata sandi")',
    description:
      'Mails a link to reset the password, valid for an hour and once, when the email belongs to an enabled account. The same 202 whether or not it does, so that nobody learns which emails have accounts. At most 5 links an hour per account.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ProblemResponses(400, 429)
  async forgotPassword(@Body() body: ForgotPasswordDto, @Ip() ip: string): Promise<AcceptedDto> {
    await this.recovery.forgotPassword(body.email, ip);
    return { message: 'If an account uses this email, a link to reset its password is on its way.' };
  }

  @Post('reset-password')
  @Public()
  @RateLimited('auth')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a new password with the token from the reset mail',
    description:
      'The token works once and for an hour; an unknown, used or expired one is 400 (`invalid-token`). Ends every session of the account, lifts a sign-in lockout and verifies the email. Sign in with the new password afterwards.',
  })
  @ApiNoContentResponse({ description: 'The password is changed.' })
  @ProblemResponses(400, 429)
  resetPassword(@Body() body: ResetPasswordDto, @Ip() ip: string): Promise<void> {
    return this.recovery.resetPassword(body.token, body.password, ip);
  }

  @Post('verify-email')
  @Public()
  @RateLimited('auth')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Verify the email with the token from the verification mail',
    description:
      'Sent at registration and by POST /auth/resend-verification; the token works once and for 48 hours (400 `invalid-token` otherwise). Then `emailVerified` is true in GET /auth/me.',
  })
  @ApiNoContentResponse({ description: 'The email is verified.' })
  @ProblemResponses(400, 429)
  verifyEmail(@Body() body: VerifyEmailDto, @Ip() ip: string): Promise<void> {
    return this.recovery.verifyEmail(body.token, ip);
  }

  @Post('resend-verification')
  @RateLimited('auth')
  @HttpCode(202)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Mail a new verification link',
    description:
      "To the caller's own email. 409 when it is already verified; 429 after 5 links in an hour. Earlier links keep working until they expire.",
  })
  @Allow(Permission.Self)
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ProblemResponses(401, 409, 429)
  async resendVerification(@CurrentUser() user: AuthUser): Promise<AcceptedDto> {
    await this.recovery.resendVerification(user);
    return { message: 'A new verification link is on its way.' };
  }
}
