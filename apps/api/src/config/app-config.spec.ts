import { describe, expect, it } from '@jest/globals';
import { validateEnv } from './app-config.js';

describe('validateEnv', () => {
  it('applies defaults', () => {
    const config = validateEnv({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SEED_DEMO).toBe(true);
    expect(config.PGLITE_DATA_DIR).toMatch(/\.data\/pglite$/);
  });

  it('stops with a message that names each wrong variable', () => {
    expect(() => validateEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT: .*\(got "eighty"\)[\s\S]*DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//,
    );
  });

  it("reads TRUST_PROXY as express's 'trust proxy': off by default, a boolean, a hop count or addresses", () => {
    expect(validateEnv({}).TRUST_PROXY).toBe(false);
    expect(validateEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(validateEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(validateEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe(
      'loopback, 10.0.0.0/8',
    );
  });

  it('reads booleans and treats empty values as unset', () => {
    expect(validateEnv({ SEED_DEMO: 'false', COOKIE_SECURE: '1', PORT: '' })).toMatchObject({
      SEED_DEMO: false,
      COOKIE_SECURE: true,
      PORT: 3000,
    });
  });

  it('is safe by default in production, and lets each default be overridden', () => {
    expect(validateEnv({ NODE_ENV: 'production' })).toMatchObject({
      SEED_DEMO: false,
      COOKIE_SECURE: true,
    });
    expect(validateEnv({})).toMatchObject({ SEED_DEMO: true, COOKIE_SECURE: false });
    expect(
      validateEnv({ NODE_ENV: 'production', SEED_DEMO: 'true', COOKIE_SECURE: 'false' }),
    ).toMatchObject({ SEED_DEMO: true, COOKIE_SECURE: false });
  });

  it('takes S3 storage whole or not at all, naming what is missing', () => {
    const s3 = {
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'multaqa-files',
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(validateEnv(s3)).toMatchObject(s3);
    expect(validateEnv({}).S3_BUCKET).toBeUndefined();
    const { S3_ENDPOINT: _endpoint, ...aws } = s3;
    expect(validateEnv(aws).S3_ENDPOINT).toBeUndefined();
    expect(() => validateEnv({ S3_BUCKET: 'multaqa-files' })).toThrow(
      /S3_REGION: is required because S3_BUCKET is set[^]*S3_ACCESS_KEY_ID[^]*S3_SECRET_ACCESS_KEY/,
    );
    expect(() => validateEnv({ ...s3, S3_BUCKET: '' })).toThrow(/S3_BUCKET: is required/);
  });
});
