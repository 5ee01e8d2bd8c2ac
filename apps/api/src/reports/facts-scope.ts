import type { ReportFilters } from '@multaqa/contract';
import type { DataSource } from 'typeorm';
import { visibleEventIds } from '../common/access/events.js';
import type { SessionUser } from '../common/auth/current-user.js';
import { type EventFacts, type FactsMemory, GENDERS } from './facts-memory.js';
import type { FactSelection } from './facts-selection.js';

/**
 * The facts a caller may see under the filters: the held events of the access rule (admins
 * all, coordinators theirs) and the event filters, plus the person filters as dictionary codes.
 * `visible` is every held event the caller may see, whatever the filters (the years to pick).
 */
export async function factScope(
  db: DataSource,
  memory: FactsMemory,
  filters: ReportFilters,
  user: SessionUser,
): Promise<{ selection: FactSelection; visible: EventFacts[] }> {
  const held = [...memory.events.values()];
  const [allowed, institutions] = await Promise.all([
    visibleEventIds(
      db.manager,
      held.map((e) => e.id),
      user,
    ),
    filters.institutionId === undefined
      ? undefined
      : institutionAndBelow(db, memory, filters.institutionId),
  ]);
  const visible = held.filter((e) => allowed.has(e.id));
  const { yearFrom, yearTo, eventKind, packageLineageId } = filters;
  const lineage =
    packageLineageId === undefined ? undefined : memory.lineages.find(packageLineageId);
  const selection: FactSelection = {
    events: visible.filter(
      (e) =>
        (yearFrom === undefined || e.year >= yearFrom) &&
        (yearTo === undefined || e.year <= yearTo) &&
        (eventKind === undefined || e.kind === eventKind) &&
        (lineage === undefined || e.lineage === lineage),
    ),
    institutions,
  };
  if (filters.countryCode !== undefined)
    selection.country = memory.countries.find(filters.countryCode);
  if (filters.gender !== undefined) selection.gender = GENDERS.indexOf(filters.gender);
  return { selection, visible };
}

/** The codes of an institution and every institution under it (as the tree stands now). */
async function institutionAndBelow(
  db: DataSource,
  memory: FactsMemory,
  id: string,
): Promise<Set<number>> {
  const rows: { id: string }[] = await db.query(
    `WITH RECURSIVE inst AS (
       SELECT id, 0 AS depth FROM institutions WHERE id = $1
       UNION ALL
       SELECT i.id, inst.depth + 1 FROM institutions i JOIN inst ON i.parent_id = inst.id
        WHERE inst.depth < 32)
     SELECT id FROM inst`,
    [id],
  );
  return new Set(rows.map((r) => memory.institutions.find(r.id)).filter((c) => c > 0));
}
