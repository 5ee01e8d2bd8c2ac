import type { ReportDashboard } from '@multaqa/contract';
import { type EventFacts, type FactsMemory, GENDERS, NONE } from './facts-memory.js';
import { meanOfHundredths, meanOfThousandths, meanToTenth, percentOf } from './facts-rounding.js';
import { distinctPerGroup, type FactSelection, personMatcher } from './facts-selection.js';

type Figures = Pick<
  ReportDashboard,
  'totals' | 'byYear' | 'byCountry' | 'byGender' | 'byInstitution' | 'byPackage'
>;
type InstitutionRow = ReportDashboard['byInstitution'][number];
type PackageRow = ReportDashboard['byPackage'][number];

/** A top institution's name and country, and its place in ORDER BY name->>'en'. */
export interface InstitutionInfo {
  name: InstitutionRow['name'];
  countryCode: string | null;
  rank: number;
}
/** A package lineage's latest title, and its place in ORDER BY title->>'en'. */
export interface PackageInfo {
  title: PackageRow['title'];
  rank: number;
}

/** Names and titles of the groups found, by dictionary code. */
export interface Descriptions {
  institutions: Map<number, InstitutionInfo>;
  packages: Map<number, PackageInfo>;
}

/** Per group sums, indexed by a dictionary code. */
class Sums {
  readonly participants: Uint32Array;
  readonly certificates: Uint32Array;
  readonly attendance: Float64Array;
  readonly attendanceCount: Uint32Array;
  readonly gain: Float64Array;
  readonly gainCount: Uint32Array;
  readonly rating: Float64Array;
  readonly ratingCount: Uint32Array;
  constructor(size: number) {
    this.participants = new Uint32Array(size);
    this.certificates = new Uint32Array(size);
    this.attendance = new Float64Array(size);
    this.attendanceCount = new Uint32Array(size);
    this.gain = new Float64Array(size);
    this.gainCount = new Uint32Array(size);
    this.rating = new Float64Array(size);
    this.ratingCount = new Uint32Array(size);
  }

  /** One registration's facts into group k (NaN and NONE are nulls, which means skip). */
  add(k: number, certificate: number, attendance: number, gain: number, rating: number) {
    this.participants[k] += 1;
    this.certificates[k] += certificate;
    if (!Number.isNaN(attendance)) {
      this.attendance[k] += attendance;
      this.attendanceCount[k] += 1;
    }
    if (!Number.isNaN(gain)) {
      this.gain[k] += gain;
      this.gainCount[k] += 1;
    }
    if (rating !== NONE) {
      this.rating[k] += rating;
      this.ratingCount[k] += 1;
    }
  }
}

/**
 * The dashboard's figures over the selection, in one pass over its facts, exactly as the SQL
 * that defined them: distinct people per group, means rounded as round(numeric) does, groups
 * ordered as the SQL ordered them (names and titles by the ranks PostgreSQL gave them).
 */
export async function dashboardFigures(
  memory: FactsMemory,
  selection: FactSelection,
  describe: (institutions: number[], lineages: number[]) => Promise<Descriptions>,
): Promise<Figures> {
  const matches = personMatcher(selection);
  const years = [...new Set(selection.events.map((e) => e.year))].sort((a, b) => a - b);
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const total = selection.events.reduce((n, e) => n + e.rows, 0);
  // Filled up to `trained` below and read before the first await (see Scratch).
  const { scratch } = memory;
  const trainedPeople = scratch.u32('people', total);
  const keys = {
    all: scratch.u32('all', total).fill(0),
    year: scratch.u32('year', total),
    country: scratch.u32('country', total),
    institution: scratch.u32('institution', total),
    gender: scratch.u32('gender', total),
    lineage: scratch.u32('lineage', total),
  };
  const byYear = new Sums(years.length);
  const byCountry = new Sums(memory.countries.size);
  const byInstitution = new Sums(memory.institutions.size);
  const byGender = new Sums(GENDERS.length);
  const byLineage = new Sums(memory.lineages.size);
  const all = new Sums(1);
  let trained = 0;
  let postAnswered = 0;
  let postPassed = 0;
  const evs: EventFacts[] = [];

  for (const e of selection.events) {
    const y = yearIndex.get(e.year)!;
    let matched = 0;
    for (let i = 0; i < e.rows; i += 1) {
      if (matches && !matches(e, i)) continue;
      matched += 1;
      const c = e.country[i];
      const inst = e.topInstitution[i];
      const g = e.gender[i];
      const certificate = e.certificate[i];
      const attendance = e.attendance[i];
      const gain = e.pre[i] !== NONE && e.post[i] !== NONE ? e.post[i] - e.pre[i] : NaN;
      const rating = e.rating[i];
      all.add(0, certificate, attendance, gain, rating);
      byYear.add(y, certificate, attendance, gain, rating);
      byCountry.add(c, certificate, attendance, gain, rating);
      byInstitution.add(inst, certificate, attendance, gain, rating);
      byGender.add(g, certificate, attendance, gain, rating);
      byLineage.add(e.lineage, certificate, attendance, gain, rating);
      if (e.postPassed[i] !== 0) {
        postAnswered += 1;
        if (e.postPassed[i] === 2) postPassed += 1;
      }
      if (e.trained[i] === 1) {
        trainedPeople[trained] = e.participant[i];
        keys.year[trained] = y;
        keys.country[trained] = c;
        keys.institution[trained] = inst;
        keys.gender[trained] = g;
        keys.lineage[trained] = e.lineage;
        trained += 1;
      }
    }
    // With a person filter, an event counts only if such a person came to it.
    if (!matches || matched > 0) evs.push(e);
  }

  const people = memory.people.size;
  const officials = (groupKeys: Uint32Array, groupCount: number) =>
    distinctPerGroup(groupKeys, trainedPeople, trained, groupCount, people, scratch);
  const officialsAll = officials(keys.all, 1)[0];
  const officialsByYear = officials(keys.year, years.length);
  const officialsByCountry = officials(keys.country, memory.countries.size);
  const officialsByInstitution = officials(keys.institution, memory.institutions.size);
  const officialsByGender = officials(keys.gender, GENDERS.length);
  const officialsByLineage = officials(keys.lineage, memory.lineages.size);
  const placesByCountry = new Uint32Array(memory.countries.size);
  const placesByInstitution = new Uint32Array(memory.institutions.size);
  for (let k = 0; k < trained; k += 1) {
    placesByCountry[keys.country[k]] += 1;
    placesByInstitution[keys.institution[k]] += 1;
  }
  const groupsWith = (counts: Uint32Array) => [...counts.keys()].filter((k) => counts[k] > 0);

  const eventsByYear = new Uint32Array(years.length);
  const deliveries = new Uint32Array(memory.lineages.size);
  const hostCountries = new Set<number>();
  for (const e of evs) {
    eventsByYear[yearIndex.get(e.year)!] += 1;
    if (e.lineage !== 0) deliveries[e.lineage] += 1;
    hostCountries.add(e.hostCountry);
  }

  const totals = {
    eventsHeld: evs.length,
    conferencesHeld: evs.filter((e) => e.kind === 'conference').length,
    trainingsHeld: evs.filter((e) => e.kind === 'training').length,
    hostCountries: hostCountries.size,
    officialsTrained: officialsAll,
    placesTrained: trained,
    countries: groupsWith(placesByCountry).length,
    // count(DISTINCT top_institution_id) leaves "no institution" out.
    institutions: groupsWith(placesByInstitution).filter((k) => k !== 0).length,
    participants: all.participants[0],
    attendanceRatePercent: meanToTenth(all.attendance[0], all.attendanceCount[0]),
    certificatesIssued: all.certificates[0],
    knowledgeGainPoints: meanOfHundredths(all.gain[0], all.gainCount[0]),
    postTestPassRatePercent: percentOf(postPassed, postAnswered),
    satisfactionMean: meanOfThousandths(all.rating[0], all.ratingCount[0]),
  };

  const described = await describe(
    groupsWith(byInstitution.participants).filter((k) => k !== 0),
    groupsWith(deliveries),
  );
  const countryCode = (k: number) => memory.countries.values[k]!;
  const byCountryRows = groupsWith(byCountry.participants)
    .map((k) => ({
      countryCode: countryCode(k),
      officialsTrained: officialsByCountry[k],
      participants: byCountry.participants[k],
    }))
    .sort(
      (a, b) =>
        b.officialsTrained - a.officialsTrained ||
        b.participants - a.participants ||
        (a.countryCode < b.countryCode ? -1 : a.countryCode > b.countryCode ? 1 : 0),
    );

  const institutionRows = groupsWith(byInstitution.participants)
    .map((k) => {
      const info = described.institutions.get(k);
      return {
        rank: info?.rank ?? Infinity,
        row: {
          institutionId: memory.institutions.values[k],
          name: info?.name ?? null,
          countryCode: info?.countryCode ?? null,
          officialsTrained: officialsByInstitution[k],
          participants: byInstitution.participants[k],
          certificatesIssued: byInstitution.certificates[k],
        },
      };
    })
    .sort(
      (a, b) =>
        b.row.officialsTrained - a.row.officialsTrained ||
        b.row.participants - a.row.participants ||
        a.rank - b.rank ||
        0,
    )
    .map((x) => x.row);

  // ORDER BY gender: the enum's order, "not recorded" last.
  const genderOrder = [1, 2, 0];
  const byGenderRows = genderOrder
    .filter((g) => byGender.participants[g] > 0)
    .map((g) => ({ gender: GENDERS[g], officialsTrained: officialsByGender[g] }));

  const packageRows: { rank: number; row: PackageRow }[] = [];
  for (const k of groupsWith(deliveries)) {
    const info = described.packages.get(k);
    if (!info) continue; // a lineage with no package row has no title to show (the SQL's JOIN)
    packageRows.push({
      rank: info.rank,
      row: {
        lineageId: memory.lineages.values[k]!,
        title: info.title,
        deliveries: deliveries[k],
        officialsTrained: officialsByLineage[k],
        knowledgeGainPoints: meanOfHundredths(byLineage.gain[k], byLineage.gainCount[k]),
        satisfactionMean: meanOfThousandths(byLineage.rating[k], byLineage.ratingCount[k]),
      },
    });
  }
  packageRows.sort(
    (a, b) =>
      b.row.officialsTrained - a.row.officialsTrained ||
      b.row.deliveries - a.row.deliveries ||
      a.rank - b.rank,
  );

  return {
    totals,
    // The years of the events in scope: with a person filter, those such a person came to.
    byYear: years.flatMap((year, i) =>
      eventsByYear[i] === 0
        ? []
        : [
            {
              year,
              eventsHeld: eventsByYear[i],
              officialsTrained: officialsByYear[i],
              certificatesIssued: byYear.certificates[i],
              attendanceRatePercent: meanToTenth(byYear.attendance[i], byYear.attendanceCount[i]),
            },
          ],
    ),
    byCountry: byCountryRows,
    byInstitution: institutionRows,
    byGender: byGenderRows,
    byPackage: packageRows.map((x) => x.row),
  };
}
