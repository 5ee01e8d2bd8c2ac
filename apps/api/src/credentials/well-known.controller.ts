import { Controller, Get, Header, RequestMethod } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/access.decorators.js';
import { ZodResponse } from '../common/validation/decorators.js';
import { CredentialsService } from './credentials.service.js';

/** Served at the root, outside the `/api` prefix (app.setup.ts excludes them). */
export const WELL_KNOWN_ROUTES = [
  { path: '.well-known/did.json', method: RequestMethod.GET },
  { path: '.well-known/jwks.json', method: RequestMethod.GET },
];

/** Where verifiers look for the keys: a did:web document and a JWKS, both public and cacheable. */
@ApiTags('credentials')
@Controller('.well-known')
@Public()
export class WellKnownController {
  constructor(private readonly credentials: CredentialsService) {}

  @ApiOperation({ summary: "The centre's did:web document: every signing key, old ones too." })
  @Get('did.json')
  @Header('Cache-Control', 'public, max-age=300')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  @ZodResponse(200)
  didDocument() {
    return this.credentials.didDocument();
  }

  @ApiOperation({
    summary: 'Every signing key as a JWKS, under its short kid and under its DID URL.',
  })
  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  @ZodResponse(200)
  jwks() {
    return this.credentials.jwks();
  }
}
