import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  sign as edSign,
  verify as edVerify,
} from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SigningKeySet, SigningPublicKey } from '@multaqa/contract';
import { DataSource, IsNull } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { signingKeySecret } from './key-secret.js';
import { SigningKeyEntity } from './signing-key.entity.js';

/** How long a process signs with the key it loaded before looking for a rotation elsewhere. */
const CURRENT_KEY_TTL_MS = 60_000;

export interface Signer {
  kid: string;
  sign(bytes: Uint8Array): Buffer;
}

/**
 * Ed25519 signatures for anything the centre issues (badges now, certificates later), kept
 * generic: callers bring bytes, this module brings keys. Keys live in `signing_keys`, the
 * private half encrypted; the first is made when first needed, and rotation retires the
 * current one without invalidating what it signed.
 */
@Injectable()
export class SigningService implements OnModuleInit {
  private readonly logger = new Logger(SigningService.name);
  private wrapKey!: Buffer;
  private current: { signer: Signer; loadedAt: number } | null = null;
  private readonly publicKeysById = new Map<string, KeyObject>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.wrapKey = signingKeySecret(this.config);
  }

  /** The current key, made on first need (one for every process: creation takes a lock). */
  async signer(): Promise<Signer> {
    if (this.current && Date.now() - this.current.loadedAt < CURRENT_KEY_TTL_MS) {
      return this.current.signer;
    }
    let row = await this.db.getRepository(SigningKeyEntity).findOneBy({ retiredAt: IsNull() });
    if (!row) row = await this.createKey(false);
    let privateKey: KeyObject;
    try {
      privateKey = this.unwrap(row);
    } catch {
      // The secret changed: what was signed still verifies with the public key; sign on with a new one.
      this.logger.warn(`Signing key ${row.id} cannot be decrypted with this secret; rotating.`);
      row = await this.createKey(true);
      privateKey = this.unwrap(row);
    }
    const kid = row.id;
    const signer: Signer = { kid, sign: (bytes) => edSign(null, bytes, privateKey) };
    this.current = { signer, loadedAt: Date.now() };
    return signer;
  }

  async sign(bytes: Uint8Array): Promise<{ kid: string; signature: Buffer }> {
    const signer = await this.signer();
    return { kid: signer.kid, signature: signer.sign(bytes) };
  }

  /** False for an unknown key id as for a bad signature. */
  async verify(kid: string, bytes: Uint8Array, signature: Uint8Array): Promise<boolean> {
    const key = await this.publicKey(kid);
    if (!key || signature.length !== 64) return false;
    return edVerify(null, bytes, key, signature);
  }

  /** The public key of a kid (cached: a key never changes), or null when there is none. */
  async publicKey(kid: string): Promise<KeyObject | null> {
    const cached = this.publicKeysById.get(kid);
    if (cached) return cached;
    const row = await this.db.getRepository(SigningKeyEntity).findOneBy({ id: kid });
    if (!row) return null;
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: row.publicKey },
      format: 'jwk',
    });
    this.publicKeysById.set(kid, key);
    return key;
  }

  /** Every key that ever signed, current first: what an offline scanner needs to check badges. */
  async publicKeys(): Promise<SigningPublicKey[]> {
    await this.signer();
    const rows = await this.db
      .getRepository(SigningKeyEntity)
      .createQueryBuilder('k')
      .orderBy('k.retired_at IS NULL', 'DESC')
      .addOrderBy('k.created_at', 'DESC')
      .getMany();
    return rows.map((row) => ({
      kty: 'OKP',
      crv: 'Ed25519',
      x: row.publicKey,
      kid: row.id,
      use: 'sig',
      alg: 'EdDSA',
      retiredAt: row.retiredAt?.toISOString() ?? null,
    }));
  }

  /** Retires the current key and starts a new one; badges signed before stay valid. */
  async rotate(): Promise<SigningKeySet> {
    await this.createKey(true);
    this.current = null;
    return { keys: await this.publicKeys() };
  }

  private async createKey(retireCurrent: boolean): Promise<SigningKeyEntity> {
    return this.db.transaction(async (tx) => {
      // One creator at a time across processes, so there is never more than one current key.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('signing_keys'))`);
      const repo = tx.getRepository(SigningKeyEntity);
      const existing = await repo.findOneBy({ retiredAt: IsNull() });
      if (existing && !retireCurrent) return existing;
      if (existing) await repo.update({ id: existing.id }, { retiredAt: new Date() });
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      const id = randomBytes(6).toString('base64url');
      const x = publicKey.export({ format: 'jwk' }).x!;
      const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
      return repo.save({
        id,
        publicKey: x,
        privateKeyEncrypted: this.wrap(id, pkcs8),
        retiredAt: null,
      });
    });
  }

  /** AES-256-GCM with the key id as associated data, so a wrapped key cannot be moved to another id. */
  private wrap(kid: string, pkcs8: Buffer): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.wrapKey, iv);
    cipher.setAAD(Buffer.from(kid));
    const body = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  private unwrap(row: SigningKeyEntity): KeyObject {
    const [iv, tag, body] = row.privateKeyEncrypted
      .split('.')
      .map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.wrapKey, iv);
    decipher.setAAD(Buffer.from(row.id));
    decipher.setAuthTag(tag);
    const der = Buffer.concat([decipher.update(body), decipher.final()]);
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  }
}
