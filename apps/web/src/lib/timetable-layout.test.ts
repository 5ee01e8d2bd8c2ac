import { describe, expect, it } from 'vitest';
import { groupByDay, layoutDay, visibleHours } from './timetable-layout';

const s = (id: string, startTime: string, endTime: string, date = '2020-01-12') => ({
  id,
  date,
  startTime,
  endTime,
});

describe('timetable layout', () => {
  it('puts overlapping sessions in different lanes and reuses a lane once it is free', () => {
    const placed = layoutDay([
      s('plenary', '09:00', '10:30'),
      s('track-a', '11:00', '12:30'),
      s('track-b', '11:00', '12:30'),
      s('late-a', '12:00', '13:00'),
      s('after', '14:00', '15:00'),
    ]);
    const byId = Object.fromEntries(placed.map((p) => [p.item.id, p]));

    expect(byId.plenary).toMatchObject({ lane: 0, lanes: 1 });
    // Three sessions overlap between 11:00 and 13:00: three lanes, each its own.
    const group = [byId['track-a'], byId['track-b'], byId['late-a']];
    expect(new Set(group.map((p) => p.lane)).size).toBe(3);
    expect(group.every((p) => p.lanes === 3)).toBe(true);
    expect(new Set(group.map((p) => p.group)).size).toBe(1);
    // Later, alone again: full width, a new group.
    expect(byId.after).toMatchObject({ lane: 0, lanes: 1 });
    expect(byId.after.group).not.toBe(byId.plenary.group);
  });

  it('sessions that only touch (one ends when the next starts) share a lane', () => {
    const placed = layoutDay([s('a', '09:00', '10:00'), s('b', '10:00', '11:00')]);
    expect(placed.map((p) => [p.item.id, p.lane, p.lanes])).toEqual([
      ['a', 0, 1],
      ['b', 0, 1],
    ]);
  });

  it('a long session beside two short ones in a row needs two lanes, not three', () => {
    const placed = layoutDay([
      s('long', '09:00', '12:00'),
      s('first', '09:00', '10:00'),
      s('second', '10:00', '11:00'),
    ]);
    const byId = Object.fromEntries(placed.map((p) => [p.item.id, p]));
    expect(byId.long.lane).toBe(0);
    expect(byId.first.lane).toBe(1);
    expect(byId.second.lane).toBe(1);
    expect(placed.every((p) => p.lanes === 2)).toBe(true);
  });

  it('makes one column per day of the event, empty days included, in date order', () => {
    const days = groupByDay(
      ['2020-01-12', '2020-01-13', '2020-01-14'],
      [s('x', '09:00', '10:00', '2020-01-14'), s('y', '09:00', '10:00', '2020-01-12')],
    );
    expect(days.map((d) => [d.date, d.items.map((p) => p.item.id)])).toEqual([
      ['2020-01-12', ['y']],
      ['2020-01-13', []],
      ['2020-01-14', ['x']],
    ]);
  });

  it('keeps a session dated outside the event in a column of its own', () => {
    const days = groupByDay(['2020-01-12'], [s('stray', '09:00', '10:00', '2020-01-20')]);
    expect(days.map((d) => d.date)).toEqual(['2020-01-12', '2020-01-20']);
  });

  it('shows 08:00–18:00 at least, widened to whole hours around every session', () => {
    expect(visibleHours([])).toEqual({ from: 480, to: 1080 });
    expect(visibleHours([s('a', '07:30', '09:00'), s('b', '18:15', '19:00')])).toEqual({
      from: 420,
      to: 1140,
    });
  });
});
