import { Module } from '@nestjs/common';
import { SigningModule } from '../signing/signing.module.js';
import {
  CertificatesController,
  EventCertificatesController,
  MyCertificatesController,
  PublicCertificatesController,
} from './certificates.controller.js';
import { CertificatesService } from './certificates.service.js';
import { CertificateIssuing } from './issuing.service.js';
import { CertificateRulesService } from './rules.service.js';
import {
  CertificateAssetsController,
  CertificateTemplatesController,
} from './templates.controller.js';
import { CertificateTemplatesService } from './templates.service.js';

/**
 * Certificates (issue 12): templates and their images, each event's rule and who qualifies,
 * issuing as a resumable background job, downloads, revocation, re-issue and public checks.
 */
@Module({
  imports: [SigningModule],
  controllers: [
    CertificateTemplatesController,
    CertificateAssetsController,
    EventCertificatesController,
    CertificatesController,
    MyCertificatesController,
    PublicCertificatesController,
  ],
  providers: [
    CertificateTemplatesService,
    CertificateRulesService,
    CertificateIssuing,
    CertificatesService,
  ],
  exports: [CertificateIssuing, CertificateTemplatesService],
})
export class CertificatesModule {}
