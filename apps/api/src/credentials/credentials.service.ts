import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ownParticipantId } from '../common/access/people.js';
import { visibleEventIds } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { notFound } from '../common/errors/domain.exception.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { publicBaseUrl } from '../config/public-url.js';
import { derivedKey } from '../signing/key-secret.js';
import { SigningService } from '../signing/signing.service.js';
import {
  encodeStatusList,
  statusListCredential,
  statusListPosition,
  statusListRange,
} from './bitstring-status-list.js';
import {
  CERTIFICATE_LOOKUP,
  type CertificateLookup,
  type CertificateRecord,
  REVOKED_INDEXES,
  type RevokedIndexes,
} from './certificate-sources.js';
import { didDocument, didWebFor, type PublicJwk, wellKnownJwks } from './did-web.js';
import { openBadgeCredential } from './open-badge-credential.js';
import { signVcJwt } from './vc-jwt.js';

/** How long a verifier may keep a status list before asking again (also its Cache-Control). */
export const STATUS_LIST_TTL_SECONDS = 60;

/** Path of status list `listId` under the app's address. */
export const statusListPath = (listId: number) => `/api/public/credentials/status/${listId}`;

@Injectable()
export class CredentialsService {
  private identitySaltKey: Buffer | null = null;

  constructor(
    private readonly signing: SigningService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CERTIFICATE_LOOKUP) private readonly certificates: CertificateLookup,
    @Inject(REVOKED_INDEXES) private readonly revoked: RevokedIndexes,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** The address people reach the app at, without a trailing slash. */
  publicUrl(): string {
    return publicBaseUrl(this.config);
  }

  did(): string {
    return didWebFor(this.publicUrl());
  }

  private async keys(): Promise<PublicJwk[]> {
    const keys = await this.signing.publicKeys();
    return keys.map((key) => ({ kty: 'OKP', crv: 'Ed25519', x: key.x, kid: key.kid }));
  }

  async didDocument() {
    return didDocument(this.did(), await this.keys());
  }

  async jwks() {
    return wellKnownJwks(this.did(), await this.keys());
  }

  /** Status list `listId` as a signed BitstringStatusListCredential (VC-JWT). */
  async statusList(listId: number): Promise<string> {
    const range = statusListRange(listId);
    const revoked = await this.revoked.revokedIn(range);
    const bits = revoked
      .filter((index) => index >= range.first && index <= range.last)
      .map((index) => index - range.first);
    const credential = statusListCredential({
      url: this.publicUrl() + statusListPath(listId),
      issuer: this.did(),
      encodedList: encodeStatusList(bits),
      // A minute back, so a verifier whose clock is a little behind ours does not see a list
      // from the future (it is cached that long anyway).
      validFrom: new Date(Date.now() - STATUS_LIST_TTL_SECONDS * 1000),
      ttlMs: STATUS_LIST_TTL_SECONDS * 1000,
    });
    return signVcJwt(credential, await this.signing.signer());
  }

  /**
   * A certificate's OpenBadgeCredential as a VC-JWT, for its participant or the event's staff
   * (anyone else gets the same 404 as for a certificate that does not exist).
   */
  async credential(id: string, user: SessionUser): Promise<{ serial: string; jwt: string }> {
    const certificate = await this.certificates.find(id);
    if (!certificate || !(await this.mayRead(certificate, user))) throw notFound('certificate');
    const position =
      certificate.statusIndex === null ? null : statusListPosition(certificate.statusIndex);
    const credential = openBadgeCredential({
      certificateId: certificate.id,
      serial: certificate.serial,
      claims: certificate.claims,
      eventId: certificate.eventId,
      recipient: certificate.recipientEmail
        ? {
            email: { address: certificate.recipientEmail, salt: this.identitySalt(certificate.id) },
          }
        : undefined,
      publicUrl: this.publicUrl(),
      status: position
        ? { listUrl: this.publicUrl() + statusListPath(position.listId), index: position.bit }
        : null,
      issuedAt: certificate.issuedAt,
      minAttendancePercent: certificate.minAttendancePercent,
    });
    return { serial: certificate.serial, jwt: signVcJwt(credential, await this.signing.signer()) };
  }

  private async mayRead(certificate: CertificateRecord, user: SessionUser): Promise<boolean> {
    const manager = this.db.manager;
    if ((await ownParticipantId(manager, user)) === certificate.participantId) return true;
    return (await visibleEventIds(manager, [certificate.eventId], user)).has(certificate.eventId);
  }

  /**
   * A salt per certificate that nobody can guess (so the email hash cannot be tested against a
   * list of addresses without the credential), yet the same on every download.
   */
  private identitySalt(certificateId: string): string {
    this.identitySaltKey ??= derivedKey(this.config, 'multaqa credential identity salt v1');
    return createHmac('sha256', this.identitySaltKey)
      .update(certificateId)
      .digest('base64url')
      .slice(0, 22);
  }
}
