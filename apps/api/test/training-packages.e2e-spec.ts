import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CreatePackageInput, TrainingPackage } from '@multaqa/contract';
import { socialMediaPackage } from '../src/database/seed/demo-data.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>['agent'];

describe('training packages', () => {
  let t: TestApp;
  let coordinator: Agent;
  let admin: Agent;
  let trainer: Agent;
  let participant: Agent;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.signIn(['coordinator'])).agent;
    admin = (await t.signIn(['admin'])).agent;
    trainer = (await t.signIn(['trainer'])).agent;
    participant = (await t.signIn(['participant'])).agent;
  });
  afterAll(() => t.close());

  const create = async (
    input: CreatePackageInput = socialMediaPackage,
  ): Promise<TrainingPackage> => {
    const res = await coordinator.post('/api/training-packages').send(input);
    expect(res.status).toBe(201);
    return res.body as TrainingPackage;
  };
  const published = async (input?: CreatePackageInput) => {
    const pkg = await create(input);
    return (await coordinator.post(`/api/training-packages/${pkg.id}/publish`).expect(200))
      .body as TrainingPackage;
  };

  describe('create and read', () => {
    it('creates the five-module package as a draft with total hours derived', async () => {
      const pkg = await create();
      expect(pkg).toMatchObject({ status: 'draft', version: 1, totalHours: 30, moduleCount: 5 });
      expect(pkg.title.ar).toBe('تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي');
      expect(pkg.modules.map((m) => m.position)).toEqual([1, 2, 3, 4, 5]);
      expect(pkg.modules.map((m) => m.hours)).toEqual([4, 6, 8, 6, 6]);
      const read = await coordinator.get(`/api/training-packages/${pkg.id}`).expect(200);
      expect(read.body).toEqual(pkg);
    });

    it('accepts a title in one language only', async () => {
      const pkg = await create({ title: { fr: 'Seulement en français' } });
      expect(pkg.title).toEqual({ fr: 'Seulement en français' });
      expect(pkg.totalHours).toBe(0);
    });

    it('reports every invalid field with its path, in the caller’s language', async () => {
      const res = await coordinator
        .post('/api/training-packages')
        .set('Accept-Language', 'ar')
        .send({
          title: { ar: '  ' },
          modules: [
            { title: { en: 'ok' }, hours: 0 },
            { title: {}, hours: 2.25 },
          ],
        });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors).toEqual([
        {
          path: 'title',
          code: 'localized_required',
          message: 'املأ لغة واحدة على الأقل (العربية أو الإنجليزية أو الفرنسية).',
        },
        { path: 'modules.0.hours', code: 'too_low_exclusive', message: 'أدخل رقمًا أكبر من 0.' },
        {
          path: 'modules.1.title',
          code: 'localized_required',
          message: 'املأ لغة واحدة على الأقل (العربية أو الإنجليزية أو الفرنسية).',
        },
        { path: 'modules.1.hours', code: 'not_multiple_of', message: 'استخدم مضاعفات 0.5.' },
      ]);
    });

    it('answers 404 for an unknown id and for a malformed one', async () => {
      const unknown = await coordinator.get(
        '/api/training-packages/6f1c1f9e-1111-4aaa-8bbb-123456789abc',
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({
        code: 'not_found',
        detail: 'This training package does not exist, or you cannot see it.',
      });
      expect((await coordinator.get('/api/training-packages/not-a-uuid')).status).toBe(404);
      expect(
        (
          await coordinator
            .patch('/api/training-packages/6f1c1f9e-1111-4aaa-8bbb-123456789abc')
            .send({})
        ).status,
      ).toBe(404);
    });
  });

  describe('who may do what', () => {
    it('lets trainers read published packages but not drafts', async () => {
      const draft = await create();
      const pub = await published();
      expect((await trainer.get(`/api/training-packages/${pub.id}`)).status).toBe(200);
      expect((await trainer.get(`/api/training-packages/${draft.id}`)).status).toBe(404);
      const list = await trainer.get('/api/training-packages').query({ pageSize: 100 });
      expect(list.body.items.every((p: TrainingPackage) => p.status === 'published')).toBe(true);
      expect(list.body.items.map((p: TrainingPackage) => p.id)).toContain(pub.id);
    });

    it('keeps the curriculum from participants: they read no package at all (403)', async () => {
      const pub = await published();
      expect((await participant.get(`/api/training-packages/${pub.id}`)).status).toBe(403);
      expect((await participant.get('/api/training-packages')).status).toBe(403);
    });

    it('refuses writes from trainers and participants (403) and from anonymous callers (401)', async () => {
      const draft = await create();
      for (const agent of [trainer, participant]) {
        expect((await agent.post('/api/training-packages').send(socialMediaPackage)).status).toBe(
          403,
        );
        expect(
          (await agent.patch(`/api/training-packages/${draft.id}`).send({ title: { en: 'x' } }))
            .status,
        ).toBe(403);
        expect((await agent.post(`/api/training-packages/${draft.id}/publish`)).status).toBe(403);
        expect((await agent.delete(`/api/training-packages/${draft.id}`)).status).toBe(403);
      }
      expect((await t.http().get('/api/training-packages')).status).toBe(401);
      expect((await t.http().post('/api/training-packages').send(socialMediaPackage)).status).toBe(
        401,
      );
    });

    it('lets an admin do what a coordinator does', async () => {
      const res = await admin
        .post('/api/training-packages')
        .send({ title: { en: 'Admin package' }, modules: [{ title: { en: 'M' }, hours: 1 }] });
      expect(res.status).toBe(201);
      expect((await admin.post(`/api/training-packages/${res.body.id}/publish`)).status).toBe(200);
    });
  });

  describe('editing and lifecycle', () => {
    it('updates a draft and replaces its modules in the given order', async () => {
      const pkg = await create();
      const res = await coordinator.patch(`/api/training-packages/${pkg.id}`).send({
        description: { en: 'Updated' },
        modules: [{ title: { en: 'Only module' }, hours: 2.5 }],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        description: { en: 'Updated' },
        totalHours: 2.5,
        moduleCount: 1,
      });
      expect(res.body.title).toEqual(pkg.title);
    });

    it('reorders modules, and refuses a list that does not match', async () => {
      const pkg = await create();
      const ids = pkg.modules.map((m) => m.id);
      const reversed = [...ids].reverse();
      const res = await coordinator
        .put(`/api/training-packages/${pkg.id}/module-order`)
        .send({ moduleIds: reversed });
      expect(res.status).toBe(200);
      expect(res.body.modules.map((m: { id: string }) => m.id)).toEqual(reversed);
      expect(res.body.modules.map((m: { position: number }) => m.position)).toEqual([
        1, 2, 3, 4, 5,
      ]);
      const partial = await coordinator
        .put(`/api/training-packages/${pkg.id}/module-order`)
        .send({ moduleIds: ids.slice(1) });
      expect(partial.status).toBe(422);
      expect(partial.body.code).toBe('package_modules_mismatch');
      const dup = await coordinator
        .put(`/api/training-packages/${pkg.id}/module-order`)
        .send({ moduleIds: [ids[0], ids[0]] });
      expect(dup.status).toBe(400);
      expect(dup.body.errors[0]).toMatchObject({ path: 'moduleIds', code: 'duplicate_module_ids' });
    });

    it('refuses to publish a package with no modules (422)', async () => {
      const pkg = await create({ title: { en: 'Empty' } });
      const res = await coordinator.post(`/api/training-packages/${pkg.id}/publish`);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('package_has_no_modules');
    });

    it('freezes a published package: edit, reorder, publish and delete answer 409', async () => {
      const pkg = await published();
      expect(pkg.status).toBe('published');
      expect(pkg.publishedAt).not.toBeNull();
      const edit = await coordinator
        .patch(`/api/training-packages/${pkg.id}`)
        .set('Accept-Language', 'en')
        .send({ title: { en: 'Changed' } });
      expect(edit.status).toBe(409);
      expect(edit.body).toMatchObject({
        code: 'package_not_editable',
        detail:
          'This package is published and can no longer be edited. Create a new version to change it.',
      });
      const reorder = await coordinator
        .put(`/api/training-packages/${pkg.id}/module-order`)
        .send({ moduleIds: pkg.modules.map((m) => m.id) });
      expect(reorder.status).toBe(409);
      expect((await coordinator.post(`/api/training-packages/${pkg.id}/publish`)).status).toBe(409);
      const del = await coordinator
        .delete(`/api/training-packages/${pkg.id}`)
        .set('Accept-Language', 'fr');
      expect(del.status).toBe(409);
      expect(del.body.detail).toBe(
        'Seul un brouillon peut être supprimé ; ce programme est publié.',
      );
    });

    it('copies a published package into a new draft version, once', async () => {
      const v1 = await published();
      const v2 = await coordinator.post(`/api/training-packages/${v1.id}/new-version`);
      expect(v2.status).toBe(201);
      expect(v2.body).toMatchObject({
        lineageId: v1.lineageId,
        version: 2,
        status: 'draft',
        totalHours: 30,
      });
      expect(v2.body.modules.map((m: { title: unknown }) => m.title)).toEqual(
        v1.modules.map((m) => m.title),
      );
      expect(v2.body.modules[0].id).not.toBe(v1.modules[0].id);
      const again = await coordinator.post(`/api/training-packages/${v1.id}/new-version`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('package_draft_exists');
      // The original stays as it was.
      expect((await coordinator.get(`/api/training-packages/${v1.id}`)).body.status).toBe(
        'published',
      );
    });

    it('makes exactly one new version when many ask at once', async () => {
      const v1 = await published();
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          coordinator.post(`/api/training-packages/${v1.id}/new-version`),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    });

    it('archives once; an archived package can seed a new version', async () => {
      const pkg = await published();
      const archived = await coordinator.post(`/api/training-packages/${pkg.id}/archive`);
      expect(archived.status).toBe(200);
      expect(archived.body.status).toBe('archived');
      expect((await coordinator.post(`/api/training-packages/${pkg.id}/archive`)).body.code).toBe(
        'package_already_archived',
      );
      expect((await coordinator.post(`/api/training-packages/${pkg.id}/new-version`)).status).toBe(
        201,
      );
    });

    it('deletes a draft', async () => {
      const pkg = await create();
      await coordinator.delete(`/api/training-packages/${pkg.id}`).expect(204);
      expect((await coordinator.get(`/api/training-packages/${pkg.id}`)).status).toBe(404);
    });
  });

  describe('list', () => {
    const marker = `zq${Date.now()}`;
    beforeAll(async () => {
      await create({
        title: { en: `${marker} Bravo`, ar: `${marker} ب` },
        modules: [{ title: { en: 'm' }, hours: 3 }],
      });
      await published({
        title: { en: `${marker} Alpha`, ar: `${marker} أ` },
        modules: [{ title: { en: 'm' }, hours: 9 }],
      });
      await create({ title: { en: `${marker} Charlie`, fr: `${marker} Charlie fr` } });
    });

    it('searches titles in every language, case-insensitively', async () => {
      const res = await coordinator
        .get('/api/training-packages')
        .query({ q: marker.toUpperCase(), sort: 'title', order: 'asc' });
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(3);
      expect(res.body.items.map((p: TrainingPackage) => p.title.en)).toEqual([
        `${marker} Alpha`,
        `${marker} Bravo`,
        `${marker} Charlie`,
      ]);
      const arabic = await coordinator.get('/api/training-packages').query({ q: `${marker} أ` });
      expect(arabic.body.items.map((p: TrainingPackage) => p.title.en)).toEqual([
        `${marker} Alpha`,
      ]);
    });

    it('filters by status, sorts by total hours and paginates', async () => {
      const drafts = await coordinator
        .get('/api/training-packages')
        .query({ q: marker, status: 'draft' });
      expect(drafts.body.total).toBe(2);
      const byHours = await coordinator
        .get('/api/training-packages')
        .query({ q: marker, sort: 'totalHours', order: 'desc' });
      expect(byHours.body.items.map((p: TrainingPackage) => p.totalHours)).toEqual([9, 3, 0]);
      const page2 = await coordinator
        .get('/api/training-packages')
        .query({ q: marker, sort: 'title', order: 'asc', pageSize: 2, page: 2 });
      expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page2.body.items.map((p: TrainingPackage) => p.title.en)).toEqual([
        `${marker} Charlie`,
      ]);
    });

    it('treats LIKE wildcards in the search as plain text', async () => {
      const res = await coordinator.get('/api/training-packages').query({ q: '%' });
      expect(res.body.total).toBe(0);
    });

    it('rejects a bad query with field paths', async () => {
      const res = await coordinator
        .get('/api/training-packages')
        .query({ pageSize: 1000, sort: 'colour' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'pageSize',
        'sort',
      ]);
    });
  });
});
