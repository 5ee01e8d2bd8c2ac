import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { signingKeySetSchema } from '@multaqa/contract';
import { Public, Roles } from '../common/auth/access.decorators.js';
import { ZodResponse } from '../common/validation/decorators.js';
import { SigningService } from './signing.service.js';

@ApiTags('signing-keys')
@Controller()
export class SigningController {
  constructor(private readonly signing: SigningService) {}

  @ApiOperation({ summary: 'Every public key that ever signed a badge or certificate (JWKS).' })
  @Get('public/signing-keys')
  @Public()
  @ZodResponse(200, signingKeySetSchema)
  async keys() {
    return { keys: await this.signing.publicKeys() };
  }

  @ApiOperation({ summary: 'Retire the current signing key and start a new one.' })
  @Post('signing-keys/rotate')
  @HttpCode(200)
  @Roles('admin')
  @ZodResponse(200, signingKeySetSchema)
  rotate() {
    return this.signing.rotate();
  }
}
