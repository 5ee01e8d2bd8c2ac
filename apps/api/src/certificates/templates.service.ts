import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CERTIFICATE_ASSET_MAX_BYTES,
  CERTIFICATE_TOKEN_PREFIX,
  type CertificateAsset,
  type CertificateTemplate,
  type CertificateTemplateDesign,
  certificatePayload,
  type certificatePreviewSchema,
  type Language,
  type updateCertificateTemplateSchema,
} from '@multaqa/contract';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { loadEventFor } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { conflict, notFound, unprocessable } from '../common/errors/domain.exception.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { publicBaseUrl } from '../config/public-url.js';
import { renderCertificate } from '../documents/certificate.js';
import { certificateVerificationUrl } from '../documents/certificate-token.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { acceptableSize, inspectImage } from './asset-image.js';
import {
  buildClaims,
  type ClaimSource,
  type EventSource,
  loadClaimSources,
  loadEventSource,
} from './claims.js';
import { eligibilityEntries } from './eligibility.js';
import { CertificateAssetEntity } from './entities/certificate-asset.entity.js';
import { CertificateTemplateEntity } from './entities/certificate-template.entity.js';
import { EventCertificateRuleEntity } from './entities/event-certificate-rule.entity.js';

type Update = z.output<typeof updateCertificateTemplateSchema>;

export const designOf = (t: CertificateTemplateEntity): CertificateTemplateDesign => ({
  name: t.name,
  pageSize: t.pageSize,
  orientation: t.orientation,
  languageMode: t.languageMode,
  mirrorForRtl: t.mirrorForRtl,
  backgroundAssetId: t.backgroundAssetId,
  elements: t.elements,
});

const toDto = (t: CertificateTemplateEntity, issuedCount: number): CertificateTemplate => ({
  id: t.id,
  ...designOf(t),
  issuedCount,
  archived: t.archived,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

const assetDto = (a: CertificateAssetEntity): CertificateAsset => ({
  id: a.id,
  contentType: a.contentType,
  widthPx: a.widthPx,
  heightPx: a.heightPx,
  url: `/api/certificate-assets/${a.id}`,
});

/** The images a design draws: its background and its elements' images and signatures. */
export const assetIdsOf = (
  design: Pick<CertificateTemplateDesign, 'backgroundAssetId' | 'elements'>,
) => [
  ...new Set(
    [design.backgroundAssetId, ...design.elements.map((e) => e.assetId)].filter(
      (id): id is string => !!id,
    ),
  ),
];

/** The bytes of a design's images, by asset id, for the renderer. */
export async function loadAssets(
  manager: EntityManager,
  storage: FileStorage,
  design: Pick<CertificateTemplateDesign, 'backgroundAssetId' | 'elements'>,
): Promise<Map<string, Buffer>> {
  const ids = assetIdsOf(design);
  if (ids.length === 0) return new Map();
  const rows = await manager
    .getRepository(CertificateAssetEntity)
    .createQueryBuilder('a')
    .whereInIds(ids)
    .getMany();
  const entries = await Promise.all(
    rows.map(async (a) => [a.id, await storage.get(a.storageKey)] as const),
  );
  return new Map(entries.filter((e): e is [string, Buffer] => e[1] !== null));
}

/** A sample person and programme for previews without an event. */
const SAMPLE_PERSON: Pick<ClaimSource, 'fullNameAr' | 'fullNameLatin' | 'institutionName'> = {
  fullNameAr: 'أمينة عبدي محمد',
  fullNameLatin: 'Amina Abdi Mohamed',
  institutionName: {
    en: 'Ministry of Internal Security',
    fr: 'Ministère de la Sécurité intérieure',
    ar: 'وزارة الأمن الداخلي',
  },
};

@Injectable()
export class CertificateTemplatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<{ items: CertificateTemplate[] }> {
    const rows = await this.db
      .getRepository(CertificateTemplateEntity)
      .find({ order: { archived: 'ASC', name: 'ASC', id: 'ASC' } });
    const counts = await this.issuedCounts(rows.map((r) => r.id));
    return { items: rows.map((r) => toDto(r, counts.get(r.id) ?? 0)) };
  }

  async get(id: string): Promise<CertificateTemplate> {
    const row = await this.db.getRepository(CertificateTemplateEntity).findOneBy({ id });
    if (!row) throw notFound('certificate_template');
    return toDto(row, (await this.issuedCounts([id])).get(id) ?? 0);
  }

  async create(design: CertificateTemplateDesign): Promise<CertificateTemplate> {
    const saved = await this.db.transaction(async (tx) => {
      await this.assertAssets(tx, design);
      return tx.getRepository(CertificateTemplateEntity).save({ ...design, archived: false });
    });
    return this.get(saved.id);
  }

  async update(id: string, changes: Update): Promise<CertificateTemplate> {
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(CertificateTemplateEntity);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('certificate_template');
      const next = { ...designOf(row), ...stripUndefined(changes) };
      await this.assertAssets(tx, next);
      await repo.save({ ...row, ...stripUndefined(changes) });
    });
    return this.get(id);
  }

  /** Only a template nothing refers to; a used one is archived instead (its certificates keep it). */
  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(CertificateTemplateEntity);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('certificate_template');
      const [{ certificates, rules }]: { certificates: number; rules: number }[] = await tx.query(
        `SELECT (SELECT count(*)::int FROM certificates WHERE template_id = $1) AS certificates,
                (SELECT count(*)::int FROM event_certificate_rules WHERE template_id = $1) AS rules`,
        [id],
      );
      if (certificates > 0 || rules > 0) {
        throw conflict('certificate_template_in_use', { certificates, rules });
      }
      await repo.delete({ id });
    });
  }

  async upload(bytes: Buffer | null, user: SessionUser): Promise<CertificateAsset> {
    if (!bytes || bytes.length === 0) throw unprocessable('certificate_asset_missing_file');
    if (bytes.length > CERTIFICATE_ASSET_MAX_BYTES) {
      throw unprocessable('certificate_asset_too_large', { maxMb: 2 });
    }
    const info = inspectImage(bytes);
    if (!info) throw unprocessable('certificate_asset_not_image');
    if (!acceptableSize(info)) throw unprocessable('certificate_asset_too_many_pixels');
    const repo = this.db.getRepository(CertificateAssetEntity);
    const id = crypto.randomUUID();
    const storageKey = `certificate-assets/${id}.${info.contentType === 'image/png' ? 'png' : 'jpg'}`;
    await this.storage.put(storageKey, bytes, info.contentType);
    const saved = await repo.save({ id, ...info, storageKey, createdById: user.id });
    return assetDto(saved);
  }

  async assetFile(id: string): Promise<{ bytes: Buffer; contentType: string }> {
    const asset = await this.db.getRepository(CertificateAssetEntity).findOneBy({ id });
    const bytes = asset ? await this.storage.get(asset.storageKey) : null;
    if (!asset || !bytes) throw notFound('certificate_asset');
    return { bytes, contentType: asset.contentType };
  }

  /**
   * The design drawn with a real participant of the event (the one given, else the first who
   * qualifies, else the first approved) or sample data. The QR's signature is all zeros: a
   * preview must never verify as a genuine certificate.
   */
  async preview(
    body: z.output<typeof certificatePreviewSchema>,
    user: SessionUser,
    language: Language,
  ): Promise<Buffer> {
    const manager = this.db.manager;
    await this.assertAssets(manager, body.design);
    const issuedAt = new Date();
    let event: EventSource | null = body.eventId ? null : SAMPLE_EVENT;
    let person = SAMPLE_PERSON;
    if (body.eventId) {
      const entity = await loadEventFor(manager, body.eventId, user);
      event = await loadEventSource(manager, entity.id);
      let registrationId = body.registrationId ?? null;
      if (registrationId) {
        const [row]: unknown[] = await manager.query(
          `SELECT 1 FROM registrations WHERE id = $1 AND event_id = $2`,
          [registrationId, entity.id],
        );
        if (!row) throw notFound('registration');
      } else {
        const rule = await manager
          .getRepository(EventCertificateRuleEntity)
          .findOneBy({ eventId: entity.id });
        const entries = await eligibilityEntries(manager, entity, rule, language);
        registrationId = (entries.find((e) => e.qualifies) ?? entries[0])?.registrationId ?? null;
      }
      if (registrationId) {
        person = (await loadClaimSources(manager, [registrationId])).get(registrationId) ?? person;
      }
    } else if (body.registrationId) {
      throw unprocessable('certificate_preview_needs_event');
    }
    const claims = buildClaims({
      serial: `MQ-${issuedAt.getUTCFullYear()}-00000-X`,
      issuedAt,
      design: body.design,
      event: event!,
      person,
      kid: 'preview',
    });
    // Signed by nobody (a zero signature): a preview never verifies.
    const token = `${CERTIFICATE_TOKEN_PREFIX}.${certificatePayload(claims)}.${Buffer.alloc(64).toString('base64url')}`;
    return renderCertificate({
      design: body.design,
      claims,
      verificationUrl: certificateVerificationUrl(publicBaseUrl(this.config), claims.serial, token),
      token,
      assets: await loadAssets(manager, this.storage, body.design),
    });
  }

  /** Every image a design names must exist (422 otherwise). */
  private async assertAssets(
    manager: EntityManager,
    design: Pick<CertificateTemplateDesign, 'backgroundAssetId' | 'elements'>,
  ): Promise<void> {
    const ids = assetIdsOf(design);
    if (ids.length === 0) return;
    const found = await manager
      .getRepository(CertificateAssetEntity)
      .createQueryBuilder('a')
      .whereInIds(ids)
      .getCount();
    if (found !== ids.length) throw unprocessable('certificate_asset_unknown');
  }

  private async issuedCounts(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { template_id: string; n: number }[] = await this.db.query(
      `SELECT template_id, count(*)::int AS n FROM certificates
        WHERE template_id = ANY($1::uuid[]) GROUP BY template_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.template_id, r.n]));
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const SAMPLE_EVENT = {
  id: '00000000-0000-0000-0000-000000000000',
  title: {
    en: 'Mogadishu training, first cohort',
    fr: 'Formation de Mogadiscio, première promotion',
    ar: 'تدريب مقديشو، الدفعة الأولى',
  },
  city: { en: 'Mogadishu', fr: 'Mogadiscio', ar: 'مقديشو' },
  venue: { en: 'Training centre', fr: 'Centre de formation', ar: 'مركز التدريب' },
  startDate: '2020-01-12',
  endDate: '2020-01-16',
  timeZone: 'Africa/Mogadishu',
  packageTitle: {
    en: 'Analysing extremist content on social media',
    fr: 'Analyser les contenus extrémistes sur les réseaux sociaux',
    ar: 'تحليل المحتوى المتطرف على وسائل التواصل الاجتماعي',
  },
  hours: 30,
  modules: [
    {
      title: {
        en: 'Platforms and their audiences',
        fr: 'Les plateformes et leurs publics',
        ar: 'المنصات وجماهيرها',
      },
      hours: 6,
    },
    {
      title: {
        en: 'Recognising extremist narratives',
        fr: 'Reconnaître les récits extrémistes',
        ar: 'التعرف على الخطابات المتطرفة',
      },
      hours: 6,
    },
    {
      title: {
        en: 'Collecting and preserving evidence',
        fr: 'Collecter et préserver les preuves',
        ar: 'جمع الأدلة وحفظها',
      },
      hours: 6,
    },
  ],
};
