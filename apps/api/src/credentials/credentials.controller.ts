import { Controller, Get, Header, Param, type PipeTransform } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public, SignedIn } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { notFound } from '../common/errors/domain.exception.js';
import { download } from '../common/http/download.js';
import { IdParam, ZodResponse } from '../common/validation/decorators.js';
import { MAX_STATUS_LIST_ID } from './bitstring-status-list.js';
import { CredentialsService, STATUS_LIST_TTL_SECONDS } from './credentials.service.js';
import { VC_JWT_TYPE } from './vc-jwt.js';

/** A status list id is a positive integer within range; anything else names no list (404). */
class ListIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const id = /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
    if (!(id <= MAX_STATUS_LIST_ID)) throw notFound('credential_status_list');
    return id;
  }
}

@ApiTags('credentials')
@Controller()
export class CredentialsController {
  constructor(private readonly credentials: CredentialsService) {}

  @ApiOperation({
    summary:
      'A Bitstring Status List credential (VC-JWT): bit n of list 1 is status index n; 1 = revoked.',
  })
  @Get('public/credentials/status/:listId')
  @Public()
  @ApiParam({ name: 'listId', schema: { type: 'integer', minimum: 1 } })
  @ApiProduces(VC_JWT_TYPE)
  @Header('Content-Type', VC_JWT_TYPE)
  @Header('Cache-Control', `public, max-age=${STATUS_LIST_TTL_SECONDS}`)
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  @ZodResponse(200)
  statusList(@Param('listId', new ListIdPipe()) listId: number): Promise<string> {
    return this.credentials.statusList(listId);
  }

  @ApiOperation({
    summary:
      "A certificate as an Open Badges 3.0 credential (VC-JWT), for its participant or the event's staff.",
  })
  @Get('certificates/:id/credential')
  @SignedIn()
  @ApiProduces(VC_JWT_TYPE)
  @Header('Cache-Control', 'private, no-store')
  @ZodResponse(200)
  async credential(@IdParam('certificate') id: string, @CurrentUser() user: SessionUser) {
    const { serial, jwt } = await this.credentials.credential(id, user);
    return download(Buffer.from(jwt, 'ascii'), VC_JWT_TYPE, `${serial}.jwt`);
  }
}
