import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { revokeFormerStaffBadges } from '../badges/event-staff.js';
import { loadEventFor } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { invalidField } from '../common/errors/checks.js';

/** Who scans at an event's door: users with the door_staff role, assigned per event. */
@Injectable()
export class DoorStaffService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(eventId: string, user: SessionUser) {
    await loadEventFor(this.db.manager, eventId, user);
    return this.current(eventId);
  }

  async replace(eventId: string, userIds: string[], user: SessionUser) {
    const ids = [...new Set(userIds)];
    await this.db.transaction(async (tx) => {
      await loadEventFor(tx, eventId, user, { write: true });
      const found: { id: string }[] = await tx.query(
        `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND is_active AND 'door_staff' = ANY(roles)`,
        [ids],
      );
      const known = new Set(found.map((u) => u.id));
      const unknown = ids.findIndex((id) => !known.has(id));
      if (unknown >= 0) throw invalidField(`userIds.${unknown}`, 'not_door_staff');
      await tx.query(
        'DELETE FROM event_door_staff WHERE event_id = $1 AND NOT (user_id = ANY($2::uuid[]))',
        [eventId, ids],
      );
      await tx.query(
        `INSERT INTO event_door_staff (event_id, user_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [eventId, ids],
      );
      await revokeFormerStaffBadges(tx, eventId);
    });
    return this.current(eventId);
  }

  private async current(eventId: string): Promise<{ id: string; fullName: string }[]> {
    const rows: { id: string; full_name: string }[] = await this.db.query(
      `SELECT u.id, u.full_name FROM event_door_staff ds JOIN users u ON u.id = ds.user_id
        WHERE ds.event_id = $1 ORDER BY u.full_name, u.id`,
      [eventId],
    );
    return rows.map((r) => ({ id: r.id, fullName: r.full_name }));
  }
}
