import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Operation {
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
}
interface Document {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes?: Record<string, { type: string; in?: string; name?: string }> };
}

/** The published document, as a client reads it. */
describe('the OpenAPI document says what each operation needs', () => {
  let t: TestApp;
  let document: Document;
  let operations: { route: string; method: string; path: string; operation: Operation }[];

  beforeAll(async () => {
    t = await createTestApp();
    document = (await t.http().get('/api/docs-json').expect(200)).body as Document;
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        route: `${method.toUpperCase()} ${path}`,
        method,
        path,
        operation,
      })),
    );
  });
  afterAll(() => t.close());

  /** A request to the operation with made-up ids, a JSON body on writes and a same-site origin. */
  function call(
    agent: ReturnType<typeof request.agent> | ReturnType<typeof t.http>,
    op: (typeof operations)[number],
  ) {
    const url = op.path.replace(/\{[^}]+\}/g, () => randomUUID());
    const method = op.method as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const req = agent[method](url);
    return method === 'get' ? req : req.set('Origin', 'http://127.0.0.1').send({});
  }

  it('has servers and a cookie security scheme', () => {
    expect(document.servers?.length).toBeGreaterThan(0);
    expect(document.components.securitySchemes?.cookie).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'multaqa_session' }),
    );
  });

  it('gives every operation a summary', () => {
    expect(operations.length).toBeGreaterThanOrEqual(60);
    const missing = operations.filter((o) => !o.operation.summary?.trim()).map((o) => o.route);
    expect(missing).toEqual([]);
  });

  it('declares security on every operation and says who may call it', () => {
    const undeclared = operations
      .filter((o) => !Array.isArray(o.operation.security))
      .map((o) => o.route);
    expect(undeclared).toEqual([]);
    const unexplained = operations
      .filter((o) => !/^Who may call: /m.test(o.operation.description ?? ''))
      .map((o) => o.route);
    expect(unexplained).toEqual([]);
  });

  it('marks as public exactly the operations an anonymous caller is let through', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const declaredPublic = op.operation.security!.length === 0;
      const res = await call(t.http(), op);
      if (declaredPublic === (res.status === 401)) wrong.push(`${op.route}: ${res.status}`);
      if (!declaredPublic) expect(op.operation.security).toEqual([{ cookie: [] }]);
    }
    expect(wrong).toEqual([]);
  });

  it('names the roles that the server really requires', async () => {
    const { agent } = await t.signIn(['participant']);
    const wrong: string[] = [];
    for (const op of operations) {
      const roles = /^Who may call: signed-in users with the role (.+)\.$/m
        .exec(op.operation.description ?? '')?.[1]
        .split(' or ');
      if (!roles || roles.includes('participant')) continue;
      const res = await call(agent, op);
      if (res.status !== 403) wrong.push(`${op.route}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('types every nullable schema, as OpenAPI 3.0 requires', () => {
    const untyped: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.nullable === true && schema.type === undefined) untyped.push(at);
      for (const [key, value] of Object.entries(schema)) visit(value, `${at}/${key}`);
    };
    visit(document, '#');
    expect(untyped).toEqual([]);
  });
});
