import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An Ed25519 key that signs badges (and, later, certificates). The id is the key id tokens
 * name (`k`); retired keys stop signing but stay here so what they signed still verifies.
 */
@Entity({ name: 'signing_keys' })
export class SigningKeyEntity {
  /** The kid: short and random, printed inside every token. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'signing_keys_pkey' })
  id: string;

  /** base64url of the raw 32-byte public key (the JWK's `x`). */
  @Column({ name: 'public_key', type: 'text' })
  publicKey: string;

  /** The PKCS#8 private key, AES-256-GCM under SIGNING_KEY_SECRET: iv.tag.ciphertext (base64url). */
  @Column({ name: 'private_key_encrypted', type: 'text' })
  privateKeyEncrypted: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
