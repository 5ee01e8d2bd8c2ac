import { Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  confirmEmailSchema,
  loginSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  updateMeSchema,
  userSchema,
} from '@multaqa/contract';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { Public, SignedIn } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { OwnRateLimit } from '../common/rate-limit/rate-limit.decorators.js';
import { ZodBody, ZodResponse } from '../common/validation/decorators.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ApiOperation({ summary: 'Sign in with email and password and receive the session cookie.' })
  @Post('login')
  @HttpCode(200)
  @Public()
  @OwnRateLimit()
  @ZodResponse(200, userSchema)
  async login(
    @ZodBody(loginSchema) body: z.output<typeof loginSchema>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { user, token, expiresAt } = await this.auth.login(body, req.ip ?? '');
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
      path: '/',
      expires: expiresAt,
    });
    return user;
  }

  @ApiOperation({ summary: 'Sign out and end the current session.' })
  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  @ZodResponse(204)
  async logout(@CurrentUser() user: SessionUser, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(user.sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @ApiOperation({ summary: 'Read the signed-in user.' })
  @Get('me')
  @SignedIn()
  @ZodResponse(200, userSchema)
  me(@CurrentUser() user: SessionUser) {
    return this.auth.me(user.id);
  }

  @ApiOperation({ summary: "Change the signed-in user's preferred language." })
  @Patch('me')
  @SignedIn()
  @ZodResponse(200, userSchema)
  updateMe(
    @CurrentUser() user: SessionUser,
    @ZodBody(updateMeSchema) body: z.output<typeof updateMeSchema>,
  ) {
    return this.auth.setLanguage(user.id, body.preferredLanguage);
  }

  @ApiOperation({ summary: 'Confirm an email address with the token sent to it.' })
  @Post('confirm-email')
  @HttpCode(204)
  @Public()
  @ZodResponse(204)
  async confirmEmail(@ZodBody(confirmEmailSchema) body: z.output<typeof confirmEmailSchema>) {
    await this.auth.confirmEmail(body.token);
  }

  @ApiOperation({ summary: 'Ask for a password reset link by email.' })
  @Post('password-reset/request')
  @HttpCode(202)
  @Public()
  @ZodResponse(202)
  async requestPasswordReset(
    @ZodBody(requestPasswordResetSchema) body: z.output<typeof requestPasswordResetSchema>,
  ) {
    await this.auth.requestPasswordReset(body.email);
  }

  @ApiOperation({ summary: 'Set a new password with a reset token.' })
  @Post('password-reset/confirm')
  @HttpCode(204)
  @Public()
  @ZodResponse(204)
  async resetPassword(@ZodBody(resetPasswordSchema) body: z.output<typeof resetPasswordSchema>) {
    await this.auth.resetPassword(body.token, body.password);
  }
}
