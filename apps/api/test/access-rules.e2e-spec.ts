import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get, Module, RequestMethod } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../src/app.module.js';
import { configureApp } from '../src/app.setup.js';
import { ACCESS_KEY, type AccessRule } from '../src/common/auth/access.decorators.js';
import { validateEnv } from '../src/config/app-config.js';
import { APP_CONFIG } from '../src/config/config.module.js';
import { createDatabase } from './support/test-database.js';

/** A route that forgot its rule: the guard must refuse it rather than let it through. */
@Controller('forgotten')
class ForgottenController {
  @Get()
  open() {
    return { leaked: true };
  }
}

@Module({ imports: [AppModule, DiscoveryModule], controllers: [ForgottenController] })
class AppWithForgottenRoute {}

describe('every route declares who may call it', () => {
  let app: NestExpressApplication;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createDatabase();
    drop = database.drop;
    const moduleRef = await Test.createTestingModule({ imports: [AppWithForgottenRoute] })
      .overrideProvider(APP_CONFIG)
      .useValue(
        validateEnv({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_URL: database.url }),
      )
      .compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    configureApp(app);
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  function routes() {
    const reflector = new Reflector();
    const scanner = new MetadataScanner();
    return app
      .get(DiscoveryService)
      .getControllers()
      .filter((wrapper) => wrapper.metatype !== ForgottenController)
      .flatMap((wrapper) => {
        const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, () => unknown>;
        return scanner.getAllMethodNames(prototype).flatMap((name) => {
          const handler = prototype[name];
          if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) return [];
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
            handler,
            wrapper.metatype!,
          ]);
          return [{ route: `${method} ${wrapper.name}.${name}`, rule }];
        });
      });
  }

  it('finds the routes it checks', () => {
    const names = routes().map((r) => r.route);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST AuthController.login',
        'GET TrainingPackagesController.list',
        'GET UsersController.list',
      ]),
    );
    expect(names.length).toBeGreaterThanOrEqual(16);
  });

  it('has an access rule on every route', () => {
    const missing = routes()
      .filter((r) => !r.rule)
      .map((r) => r.route);
    expect(missing).toEqual([]);
  });

  it('keeps the public surface to sign-in, account links, health, public event pages, public keys, certificate checks and evaluation links', () => {
    const publicRoutes = routes()
      .filter((r) => r.rule?.kind === 'public')
      .map((r) => r.route)
      .sort();
    expect(publicRoutes).toEqual([
      'GET CountriesController.list',
      // Open Badges verifiers read a credential's revocation bit from the public status list.
      'GET CredentialsController.statusList',
      'GET HealthController.check',
      // Anyone verifies a certificate by its serial: what it shows and its status, nothing more.
      'GET PublicCertificatesController.verify',
      // A personal evaluation link: its random token stands for one approved registration.
      'GET PublicEvaluationsController.form',
      'GET PublicEventsController.calendar',
      'GET PublicEventsController.get',
      'GET PublicEventsController.list',
      'GET PublicInstitutionsController.list',
      'GET PublicRegistrationController.form',
      // The public half of the signing keys: anyone may check a badge or certificate offline.
      'GET SigningController.keys',
      // The same public keys as a DID document and a JWKS, where credential verifiers look.
      'GET WellKnownController.didDocument',
      'GET WellKnownController.jwks',
      'POST AuthController.confirmEmail',
      'POST AuthController.login',
      'POST AuthController.requestPasswordReset',
      'POST AuthController.resetPassword',
      'POST PublicEvaluationsController.respond',
      'POST PublicRegistrationController.register',
      'POST RegistrationConfirmationsController.confirm',
    ]);
  });

  it('refuses a route without a rule, even to an anonymous caller', async () => {
    const res = await request(app.getHttpServer()).get('/api/forgotten');
    expect(res.status).toBe(403);
    expect(res.body.leaked).toBeUndefined();
  });
});
