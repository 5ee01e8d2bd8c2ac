import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { assertStorageKey, type FileStorage } from './file-storage.js';

export interface S3StorageOptions {
  /** An S3-compatible endpoint (MinIO, Ceph, Garage…); unset for AWS itself. */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** A missing object: S3 says NoSuchKey for GET and a bare 404 for HEAD. */
function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    error instanceof NotFound ||
    (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
  );
}

/**
 * Files in an S3 bucket (AWS or any S3-compatible store). Paths are used as object keys, so
 * the bucket reads like the local folder. A PUT is atomic in S3: no half-written objects.
 */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      credentials: {
        accessKeyId: options.accessKeyId,
        secretAccessKey: options.secretAccessKey,
      },
      ...(options.endpoint
        ? // Self-hosted stores rarely have a DNS name per bucket: address the bucket in the path.
          { endpoint: options.endpoint, forcePathStyle: true }
        : {}),
      // Checksums only where S3 requires them: many S3-compatible stores reject the newer
      // default (CRC32 trailers) that AWS added in 2025.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ContentLength: body.length,
      }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    const body = await this.body(key);
    return body ? Buffer.from(await body.transformToByteArray()) : null;
  }

  async stream(key: string): Promise<Readable | null> {
    const body = await this.body(key);
    if (!body) return null;
    // In Node the SDK's body is an http.IncomingMessage (a Readable).
    return body instanceof Readable ? body : Readable.fromWeb(body.transformToWebStream() as never);
  }

  async exists(key: string): Promise<boolean> {
    assertStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    // S3 answers 204 for a key that is not there: deleting twice is fine, as on disk.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Closes the client's connections (Nest calls it at shutdown). */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  private async body(key: string) {
    assertStorageKey(key);
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      return result.Body ?? null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
}
