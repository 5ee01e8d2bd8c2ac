import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { Scratch } from './facts-scratch.js';

/** Null in a column of scaled decimals (pre/post percent in hundredths, ratings in thousandths). */
export const NONE = -0x80000000;
/** Genders in the enum's order (what ORDER BY gender follows); 0 is "not recorded". */
export const GENDERS = [null, 'female', 'male'] as const;

/**
 * Strings to small ints, 0 standing for null: the facts hold 100,000 people and a few thousand
 * institutions, and comparing ints in typed arrays is what makes a dashboard a single pass.
 * Codes are never reused, so arrays indexed by code stay valid as events come and go.
 */
export class Dictionary {
  readonly values: (string | null)[] = [null];
  private readonly codes = new Map<string, number>();

  code(value: string | null): number {
    if (value === null) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  /** The code of a value, -1 when no fact has it (a filter on it matches nothing). */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

/** One held event and the facts of its approved registrations, column by column. */
export interface EventFacts {
  id: string;
  /** report_event_facts.computed_at to the microsecond: changes whenever the event is recomputed. */
  version: string;
  year: number;
  kind: 'training' | 'conference';
  startDate: string;
  hostCountry: number;
  lineage: number;
  rows: number;
  participant: Uint32Array;
  country: Uint32Array;
  institution: Uint32Array;
  topInstitution: Uint32Array;
  gender: Uint8Array;
  trained: Uint8Array;
  certificate: Uint8Array;
  /** NaN for null. */
  attendance: Float64Array;
  pre: Int32Array;
  post: Int32Array;
  /** 0 null, 1 failed, 2 passed. */
  postPassed: Uint8Array;
  rating: Int32Array;
}

/** A report_event_facts row as read (version as text, to the microsecond). */
export interface EventRow {
  event_id: string;
  version: string;
  year: number;
  kind: 'training' | 'conference';
  start_date: string;
  country_code: string;
  package_lineage_id: string | null;
}

/**
 * A report_registration_facts row as read, as an array in FACT_COLUMNS' order: pg builds no
 * object per row, and 171,000 row objects held at once were most of the process's memory.
 * Decimals come scaled to ints, the rate as a float.
 */
export type FactRow = [
  eventId: string,
  participantId: string,
  countryCode: string,
  institutionId: string | null,
  topInstitutionId: string | null,
  gender: 'female' | 'male' | null,
  trained: boolean,
  certificateValid: boolean,
  attendance: number | null,
  pre: number | null,
  post: number | null,
  postPassed: boolean | null,
  rating: number | null,
];

const FACT_COLUMNS = `event_id, participant_id, country_code, institution_id, top_institution_id,
  gender, trained, certificate_valid, attendance_rate::float8, (pre_percent * 100)::int,
  (post_percent * 100)::int, post_passed, (rating_mean * 1000)::int`;

/** Events loaded per query: a first load of every event never holds all its rows at once. */
const LOAD_BATCH = 200;

const VERSION = `to_char(computed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')`;

/**
 * The report facts of this API process, in memory. Every request asks PostgreSQL for the
 * version of each held event (≈2,000 short rows) and reloads only the events recomputed since,
 * so several API processes each stay right with no signal between them.
 */
export class FactsMemory {
  readonly events = new Map<string, EventFacts>();
  readonly people = new Dictionary();
  readonly countries = new Dictionary();
  readonly institutions = new Dictionary();
  readonly lineages = new Dictionary();
  /** The dashboards' work arrays, sized to the facts. */
  readonly scratch = new Scratch();
  private queue: Promise<void> = Promise.resolve();

  /** Brings the memory level with report_event_facts; concurrent callers wait in turn. */
  sync(db: DataSource): Promise<void> {
    const next = this.queue.then(() => this.syncNow(db));
    // One failed load must not wedge every later request behind it.
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async syncNow(db: DataSource): Promise<void> {
    const versions: { event_id: string; version: string }[] = await db.query(
      `SELECT event_id, ${VERSION} AS version FROM report_event_facts`,
    );
    const current = new Set<string>();
    const changed: string[] = [];
    for (const { event_id, version } of versions) {
      current.add(event_id);
      if (this.events.get(event_id)?.version !== version) changed.push(event_id);
    }
    for (const id of this.events.keys()) if (!current.has(id)) this.events.delete(id);
    if (changed.length > 0) await this.load(db, changed);
  }

  private async load(db: DataSource, ids: string[]): Promise<void> {
    const runner = db.createQueryRunner();
    // The pg client itself: TypeORM's query() has no way to ask for rows as arrays.
    const client = (await runner.connect()) as PoolClient;
    try {
      for (let start = 0; start < ids.length; start += LOAD_BATCH) {
        await this.loadBatch(client, ids.slice(start, start + LOAD_BATCH));
      }
    } finally {
      await runner.release();
    }
  }

  private async loadBatch(client: PoolClient, ids: string[]): Promise<void> {
    // Events before their rows: a refresh in between leaves an older version with newer rows,
    // reloaded on the next request, never a newer version over older rows.
    const events = await client.query<EventRow>(
      `SELECT event_id, ${VERSION} AS version, year, kind, start_date::text AS start_date,
              country_code, package_lineage_id
         FROM report_event_facts WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
    const facts = await client.query<FactRow>({
      text: `SELECT ${FACT_COLUMNS} FROM report_registration_facts WHERE event_id = ANY($1::uuid[])`,
      values: [ids],
      rowMode: 'array',
    });
    const byEvent = new Map<string, FactRow[]>();
    for (const f of facts.rows) {
      const list = byEvent.get(f[0]);
      if (list) list.push(f);
      else byEvent.set(f[0], [f]);
    }
    // An event gone between the two reads is dropped on the next request's version check.
    for (const e of events.rows) this.put(e, byEvent.get(e.event_id));
  }

  /** Replaces an event's facts with these rows. */
  put(e: EventRow, rows: FactRow[] = []): void {
    const n = rows.length;
    const facts: EventFacts = {
      id: e.event_id,
      version: e.version,
      year: e.year,
      kind: e.kind,
      startDate: e.start_date,
      hostCountry: this.countries.code(e.country_code),
      lineage: this.lineages.code(e.package_lineage_id),
      rows: n,
      participant: new Uint32Array(n),
      country: new Uint32Array(n),
      institution: new Uint32Array(n),
      topInstitution: new Uint32Array(n),
      gender: new Uint8Array(n),
      trained: new Uint8Array(n),
      certificate: new Uint8Array(n),
      attendance: new Float64Array(n),
      pre: new Int32Array(n),
      post: new Int32Array(n),
      postPassed: new Uint8Array(n),
      rating: new Int32Array(n),
    };
    rows.forEach((r, i) => {
      const [
        ,
        person,
        country,
        institution,
        top,
        gender,
        trained,
        certificate,
        attendance,
        pre,
        post,
        postPassed,
        rating,
      ] = r;
      facts.participant[i] = this.people.code(person);
      facts.country[i] = this.countries.code(country);
      facts.institution[i] = this.institutions.code(institution);
      facts.topInstitution[i] = this.institutions.code(top);
      facts.gender[i] = gender === null ? 0 : GENDERS.indexOf(gender);
      facts.trained[i] = trained ? 1 : 0;
      facts.certificate[i] = certificate ? 1 : 0;
      facts.attendance[i] = attendance ?? NaN;
      facts.pre[i] = pre ?? NONE;
      facts.post[i] = post ?? NONE;
      facts.postPassed[i] = postPassed === null ? 0 : postPassed ? 2 : 1;
      facts.rating[i] = rating ?? NONE;
    });
    this.events.set(e.event_id, facts);
  }
}
