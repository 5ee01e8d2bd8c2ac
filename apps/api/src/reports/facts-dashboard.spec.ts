import { describe, expect, it } from '@jest/globals';
import { type Descriptions, dashboardFigures } from './facts-dashboard.js';
import { eventFigures } from './facts-events.js';
import { type EventRow, type FactRow, FactsMemory } from './facts-memory.js';
import { Scratch } from './facts-scratch.js';
import { meanToTenth, roundRatio } from './facts-rounding.js';
import { distinctPerGroup, type FactSelection } from './facts-selection.js';

const event = (id: string, year: number, extra: Partial<EventRow> = {}): EventRow => ({
  event_id: id,
  version: '1',
  year,
  kind: 'training',
  start_date: `${year}-03-01`,
  country_code: 'SO',
  package_lineage_id: 'lineage-1',
  ...extra,
});
/** The named columns of a facts row, for tests that read better with names. */
interface Fact {
  country_code: string;
  institution_id: string | null;
  top_institution_id: string | null;
  gender: 'female' | 'male' | null;
  trained: boolean;
  certificate_valid: boolean;
  attendance: number | null;
  pre: number | null;
  post: number | null;
  post_passed: boolean | null;
  rating: number | null;
}
const fact = (eventId: string, person: string, extra: Partial<Fact> = {}): FactRow => {
  const f: Fact = {
    country_code: 'SO',
    institution_id: 'ministry',
    top_institution_id: 'ministry',
    gender: 'female',
    trained: true,
    certificate_valid: false,
    attendance: 100,
    pre: null,
    post: null,
    post_passed: null,
    rating: null,
    ...extra,
  };
  return [
    eventId,
    person,
    f.country_code,
    f.institution_id,
    f.top_institution_id,
    f.gender,
    f.trained,
    f.certificate_valid,
    f.attendance,
    f.pre,
    f.post,
    f.post_passed,
    f.rating,
  ];
};

const noNames = async (): Promise<Descriptions> => ({
  institutions: new Map(),
  packages: new Map(),
});

function world() {
  const memory = new FactsMemory();
  memory.put(event('a', 2020), [
    fact('a', 'p1', { pre: 4000, post: 8050, post_passed: true, rating: 4500 }),
    fact('a', 'p2', { gender: null, attendance: null, trained: false, post_passed: false }),
    fact('a', 'p3', { institution_id: null, top_institution_id: null, country_code: 'KE' }),
  ]);
  // p1 again in the same year and country, and p3 once more in another year.
  memory.put(event('b', 2020), [fact('b', 'p1', { attendance: 50, rating: 3000 })]);
  memory.put(event('c', 2021, { kind: 'conference', package_lineage_id: null }), [
    fact('c', 'p3', { trained: false, certificate_valid: true, country_code: 'KE' }),
  ]);
  memory.put(event('d', 2021), []);
  const all: FactSelection = { events: [...memory.events.values()] };
  return { memory, all };
}

describe('dashboard figures from the facts in memory', () => {
  it('counts a person trained twice once per group and twice among places', async () => {
    const { memory, all } = world();
    const f = await dashboardFigures(memory, all, noNames);
    expect(f.totals).toMatchObject({
      eventsHeld: 4,
      conferencesHeld: 1,
      trainingsHeld: 3,
      hostCountries: 1,
      officialsTrained: 2,
      placesTrained: 3,
      countries: 2,
      // p3 has no institution: not a ministry.
      institutions: 1,
      participants: 5,
      certificatesIssued: 1,
    });
    expect(f.byYear).toEqual([
      {
        year: 2020,
        eventsHeld: 2,
        officialsTrained: 2,
        certificatesIssued: 0,
        attendanceRatePercent: 83.3,
      },
      {
        year: 2021,
        eventsHeld: 2,
        officialsTrained: 0,
        certificatesIssued: 1,
        attendanceRatePercent: 100,
      },
    ]);
    expect(f.byCountry).toEqual([
      { countryCode: 'SO', officialsTrained: 1, participants: 3 },
      { countryCode: 'KE', officialsTrained: 1, participants: 2 },
    ]);
    expect(f.byGender).toEqual([
      { gender: 'female', officialsTrained: 2 },
      { gender: null, officialsTrained: 0 },
    ]);
  });

  it('gives the same figures when its work arrays were last used by another dashboard', async () => {
    const fresh = world();
    const kenya = { ...fresh.all, country: fresh.memory.countries.find('KE') };
    const expected = await dashboardFigures(fresh.memory, kenya, noNames);
    const { memory, all } = world();
    const unfiltered = await dashboardFigures(memory, all, noNames);
    const again = { ...all, country: memory.countries.find('KE') };
    expect(await dashboardFigures(memory, again, noNames)).toEqual(expected);
    expect(await dashboardFigures(memory, all, noNames)).toEqual(unfiltered);
  });

  it('leaves nulls out of means and rounds as PostgreSQL does', async () => {
    const { memory, all } = world();
    const { totals } = await dashboardFigures(memory, all, noNames);
    // Rates 100, 100, 50, 100 (one null): 87.5; gain 80.50 − 40.00 on one answer.
    expect(totals.attendanceRatePercent).toBe(87.5);
    expect(totals.knowledgeGainPoints).toBe(40.5);
    expect(totals.postTestPassRatePercent).toBe(50);
    expect(totals.satisfactionMean).toBe(3.75);
  });

  it('keeps only the events and years a filtered person came to', async () => {
    const { memory, all } = world();
    const kenya = { ...all, country: memory.countries.find('KE') };
    const f = await dashboardFigures(memory, kenya, noNames);
    expect(f.totals.eventsHeld).toBe(2);
    expect(f.totals.participants).toBe(2);
    expect(f.byYear.map((y) => [y.year, y.eventsHeld])).toEqual([
      [2020, 1],
      [2021, 1],
    ]);
    const nobody = { ...all, gender: 2 };
    const none = await dashboardFigures(memory, nobody, noNames);
    expect(none.totals).toMatchObject({ eventsHeld: 0, participants: 0, officialsTrained: 0 });
    expect(none.totals.attendanceRatePercent).toBeNull();
    expect(none.byYear).toEqual([]);
  });

  it('names institutions and packages, ordered as SQL ranks their names', async () => {
    const { memory } = world();
    memory.put(event('e', 2022, { package_lineage_id: 'lineage-2' }), [
      fact('e', 'p9', { institution_id: 'defence', top_institution_id: 'defence' }),
    ]);
    const f = await dashboardFigures(
      memory,
      { events: [...memory.events.values()] },
      async (institutions, lineages) => ({
        institutions: new Map(
          institutions.map((code, rank) => [
            code,
            { name: { en: memory.institutions.values[code]! }, countryCode: 'SO', rank },
          ]),
        ),
        packages: new Map(lineages.map((code) => [code, { title: { en: 'T' }, rank: 0 }])),
      }),
    );
    expect(
      f.byInstitution.map((r) => [r.institutionId, r.officialsTrained, r.participants]),
    ).toEqual([
      ['ministry', 1, 4],
      // Tied: by name, "no institution" last.
      ['defence', 1, 1],
      [null, 1, 1],
    ]);
    expect(f.byPackage.map((p) => [p.lineageId, p.deliveries, p.officialsTrained])).toEqual([
      ['lineage-1', 3, 2],
      ['lineage-2', 1, 1],
    ]);
  });

  it('gives each event the figures of the matching people only', () => {
    const { memory, all } = world();
    const rows = eventFigures({ ...all, country: memory.countries.find('SO') }, memory.countries);
    expect(rows.map((r) => [r.row.eventId, r.row.participants, r.row.officialsTrained])).toEqual([
      ['a', 2, 1],
      ['b', 1, 1],
    ]);
    const every = eventFigures(all, memory.countries);
    expect(every.find((r) => r.row.eventId === 'd')!.row).toMatchObject({
      participants: 0,
      attendanceRatePercent: null,
    });
  });
});

describe('distinct people per group', () => {
  it('counts each person once in each group they appear in', () => {
    const groups = Uint32Array.from([0, 1, 0, 1, 0, 2]);
    const people = Uint32Array.from([7, 7, 7, 3, 3, 7]);
    const scratch = new Scratch();
    // Person 7 marked seen in group 0 by an earlier call must still count in this one's group 0.
    distinctPerGroup(Uint32Array.from([0]), Uint32Array.from([7]), 1, 1, 8, scratch);
    expect([...distinctPerGroup(groups, people, 6, 4, 8, scratch)]).toEqual([2, 2, 1, 0]);
  });
});

describe('rounding', () => {
  it('rounds halves away from zero', () => {
    expect(roundRatio(5, 10)).toBe(1);
    expect(roundRatio(-5, 10)).toBe(-1);
    expect(roundRatio(-4, 10)).toBe(0);
    expect(meanToTenth(12.25 * 3, 3)).toBe(12.3);
    expect(meanToTenth(-0.25, 1)).toBe(-0.3);
  });
});
