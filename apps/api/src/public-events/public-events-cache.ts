import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  type EntitySubscriberInterface,
  type InsertEvent,
  type QueryRunner,
  type RemoveEvent,
  type TransactionCommitEvent,
  type UpdateEvent,
} from 'typeorm';
import { EventEntity } from '../events/entities/event.entity.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { RegistrationSettingsEntity } from '../registrations/entities/registration-settings.entity.js';
import { EventSessionEntity } from '../sessions/entities/event-session.entity.js';
import { SessionSpeakerEntity } from '../sessions/entities/session-speaker.entity.js';

/**
 * Bounds how stale an answer can be when events change behind TypeORM's back (psql, another
 * API process): every write through this process invalidates at once.
 */
const MAX_AGE_MS = 30_000;
/** What the public pages show: a write to any of them clears every cached answer. */
const SHOWN = new Set<unknown>([
  EventEntity,
  EventSessionEntity,
  SessionSpeakerEntity,
  RegistrationSettingsEntity,
  InstitutionEntity,
]);
/** Searches and pages are many; memory stays bounded by dropping the oldest answer. */
const MAX_ENTRIES = 500;

interface Entry<T> {
  value: T;
  storedAt: number;
}

/**
 * The public list of events and each public event page, kept in memory between writes: they
 * are read by every visitor and change a few times a day, and reading them from PostgreSQL made
 * them wait behind registration bursts for the pool's connections. Any insert, update or
 * removal of what they show (events, sessions, speakers, forms, institutions) clears them, again
 * when that transaction commits (a read between the write and the commit may have cached the old
 * rows), and an answer computed while a write happened is not kept.
 */
@Injectable()
export class PublicEventsCache implements EntitySubscriberInterface {
  private readonly entries = new Map<string, Entry<unknown>>();
  private generation = 0;
  private readonly writing = new WeakSet<QueryRunner>();

  constructor(@InjectDataSource() db: DataSource) {
    db.subscribers.push(this);
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.storedAt < MAX_AGE_MS) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    if (generation !== this.generation) return value;
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, storedAt: Date.now() });
    return value;
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.written(event.metadata.target, event.queryRunner);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.written(event.metadata.target, event.queryRunner);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.written(event.metadata.target, event.queryRunner);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!this.writing.has(event.queryRunner)) return;
    this.writing.delete(event.queryRunner);
    this.clear();
  }

  private written(target: unknown, queryRunner: QueryRunner): void {
    if (!SHOWN.has(target)) return;
    if (queryRunner.isTransactionActive) this.writing.add(queryRunner);
    this.clear();
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
