import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, TransactionStartEvent } from 'typeorm';
import { currentActorId } from './audit-context.js';

/**
 * Tells the database who acts, at the start of every transaction (entity saves open one of
 * their own), for the audit_row() trigger to record. The setting is local to the transaction
 * (set_config(…, true)), so a pooled connection never carries one request's user into the next.
 */
@Injectable()
export class AuditActorSubscriber implements EntitySubscriberInterface {
  constructor(@InjectDataSource() db: DataSource) {
    db.subscribers.push(this);
  }

  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    const actorId = currentActorId();
    if (!actorId) return;
    await event.queryRunner.query(`SELECT set_config('multaqa.actor_id', $1, true)`, [actorId]);
  }
}
