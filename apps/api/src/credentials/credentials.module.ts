import { Module } from '@nestjs/common';
import { SigningModule } from '../signing/signing.module.js';
import {
  CERTIFICATE_LOOKUP,
  REVOKED_INDEXES,
  SqlCertificateLookup,
  SqlRevokedIndexes,
} from './certificate-sources.js';
import { CredentialsController } from './credentials.controller.js';
import { CredentialsService } from './credentials.service.js';
import { WellKnownController } from './well-known.controller.js';

/**
 * Open Badges 3.0 credentials of certificates (VC-JWT, EdDSA), their revocation through
 * Bitstring Status Lists, and the keys published as did:web and JWKS. It reads certificates
 * through CERTIFICATE_LOOKUP and REVOKED_INDEXES, which the certificates module may override.
 */
@Module({
  imports: [SigningModule],
  controllers: [WellKnownController, CredentialsController],
  providers: [
    CredentialsService,
    { provide: CERTIFICATE_LOOKUP, useClass: SqlCertificateLookup },
    { provide: REVOKED_INDEXES, useClass: SqlRevokedIndexes },
  ],
  exports: [CredentialsService],
})
export class CredentialsModule {}
