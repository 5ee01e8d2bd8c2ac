import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

/** S3 when S3_BUCKET is set (the config checks the rest came with it), else a folder on disk. */
export function fileStorageFor(config: AppConfig): FileStorage {
  if (!config.S3_BUCKET) return new LocalFileStorage(config.STORAGE_DIR);
  return new S3FileStorage({
    endpoint: config.S3_ENDPOINT,
    bucket: config.S3_BUCKET,
    region: config.S3_REGION!,
    accessKeyId: config.S3_ACCESS_KEY_ID!,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
  });
}

/** The app's one file store, chosen from the configuration. */
@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: fileStorageFor }],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
