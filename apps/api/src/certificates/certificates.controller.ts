import { Controller, Get, HttpCode, Param, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  certificateListQuerySchema,
  certificateRuleSchema,
  certificateSchema,
  certificatesPageSchema,
  eligibilitySchema,
  eventCertificateRuleSchema,
  issueCertificatesAcceptedSchema,
  issueCertificatesSchema,
  type Language,
  myCertificatesSchema,
  publicCertificateSchema,
  reissueCertificateSchema,
  revokeCertificateSchema,
} from '@multaqa/contract';
import type { Response } from 'express';
import type { z } from 'zod';
import { Public, Roles, SignedIn } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { download, PDF_TYPE } from '../common/http/download.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodBody, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { CertificatesService } from './certificates.service.js';
import { CertificateIssuing } from './issuing.service.js';
import { CertificateRulesService } from './rules.service.js';

/** An event's certificate rule, who qualifies, issuing, and the issued certificates. */
@ApiTags('certificates')
@Controller('events/:eventId')
export class EventCertificatesController {
  constructor(
    private readonly rules: CertificateRulesService,
    private readonly issuing: CertificateIssuing,
    private readonly certificates: CertificatesService,
  ) {}

  @ApiOperation({ summary: "The event's certificate rule (`rule: null` when none is set)." })
  @Get('certificate-rule')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, eventCertificateRuleSchema)
  getRule(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.rules.getRule(eventId, user);
  }

  @ApiOperation({
    summary: "Set the event's certificate rule: minimum attendance, template, email.",
  })
  @Put('certificate-rule')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, eventCertificateRuleSchema)
  putRule(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(certificateRuleSchema) body: z.output<typeof certificateRuleSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.rules.putRule(eventId, body, user);
  }

  @ApiOperation({
    summary: 'Every approved registration: whether it qualifies for a certificate, and why not.',
  })
  @Get('certificates/eligibility')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, eligibilitySchema)
  eligibility(
    @IdParam('event', 'eventId') eventId: string,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() language: Language,
  ) {
    return this.rules.eligibility(eventId, user, language);
  }

  @ApiOperation({
    summary:
      'Issue certificates to everyone who qualifies and has none (or the listed registrations), as a background job.',
  })
  @Post('certificates/issue')
  @HttpCode(202)
  @Roles('admin')
  @ZodResponse(202, issueCertificatesAcceptedSchema)
  issue(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(issueCertificatesSchema) body: z.output<typeof issueCertificatesSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.issuing.startIssue(eventId, body, user);
  }

  @ApiOperation({ summary: "The event's certificates, paged; search by name or serial." })
  @Get('certificates')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, certificatesPageSchema)
  list(
    @IdParam('event', 'eventId') eventId: string,
    @ZodQuery(certificateListQuerySchema) query: z.output<typeof certificateListQuerySchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.certificates.list(eventId, query, user);
  }

  @ApiOperation({ summary: "All the event's valid certificates as PDFs in one ZIP." })
  @Get('certificates.zip')
  @Roles('admin', 'coordinator')
  @ApiProduces('application/zip')
  @ZodResponse(200)
  async zip(
    @IdParam('event', 'eventId') eventId: string,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { stream, filename } = await this.certificates.zip(eventId, user);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return new StreamableFile(stream);
  }
}

@ApiTags('certificates')
@Controller('certificates/:id')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly issuing: CertificateIssuing,
  ) {}

  @ApiOperation({ summary: "A certificate's PDF (the event's staff, or the participant)." })
  @Get('pdf')
  @SignedIn()
  @ApiProduces(PDF_TYPE)
  @ZodResponse(200)
  async pdf(@IdParam('certificate') id: string, @CurrentUser() user: SessionUser) {
    const { bytes, serial } = await this.certificates.pdf(id, user);
    return download(bytes, PDF_TYPE, `${serial}.pdf`);
  }

  @ApiOperation({ summary: 'Revoke a certificate, with the reason the public page shows.' })
  @Post('revoke')
  @HttpCode(200)
  @Roles('admin')
  @ZodResponse(200, certificateSchema)
  revoke(
    @IdParam('certificate') id: string,
    @ZodBody(revokeCertificateSchema) body: z.output<typeof revokeCertificateSchema>,
  ) {
    return this.certificates.revoke(id, body.reason);
  }

  @ApiOperation({
    summary:
      'Issue a new certificate (new serial) from the registration as it is now; the old one is revoked and points to it. A certificate revoked without a replacement (bulk issuing skips its registration) can be reissued too: it keeps its revocation reason. 409 once it has a replacement.',
  })
  @Post('reissue')
  @Roles('admin')
  @ZodResponse(201, certificateSchema)
  reissue(
    @IdParam('certificate') id: string,
    @ZodBody(reissueCertificateSchema) body: z.output<typeof reissueCertificateSchema>,
  ) {
    return this.issuing.reissue(id, body.reason);
  }
}

@ApiTags('me')
@Controller('me/certificates')
@SignedIn()
export class MyCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @ApiOperation({ summary: "The signed-in participant's certificates." })
  @Get()
  @ZodResponse(200, myCertificatesSchema)
  list(@CurrentUser() user: SessionUser) {
    return this.certificates.mine(user);
  }
}

/** Anyone may check a certificate by its serial: what it shows and its status, nothing more. */
@ApiTags('public')
@Controller('public/certificates')
export class PublicCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @ApiOperation({
    summary:
      'Verify a certificate by serial (typed serials are normalised): what it shows, and whether it is valid or revoked.',
  })
  @Get(':serial')
  @Public()
  @ApiParam({ name: 'serial', schema: { type: 'string', example: 'MQ-2026-00042-K' } })
  @ZodResponse(200, publicCertificateSchema)
  verify(@Param('serial') serial: string) {
    return this.certificates.publicView(serial);
  }
}
