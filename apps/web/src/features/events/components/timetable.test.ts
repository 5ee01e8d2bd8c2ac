import { describe, expect, it } from 'vitest';
import { dropStart } from './timetable';

describe('dropStart', () => {
  // The grid starts at 08:00 (480 min) and draws 1.1 px a minute.
  it('lands where the card was let go, on the nearest quarter hour', () => {
    // 110 px is 100 min below 08:00: 09:40, nearest quarter 09:45.
    expect(dropStart(110, 0, 480, 60)).toBe('09:45');
    // Grabbed 30 min into the card: the card's top is 30 min above the pointer.
    expect(dropStart(110, 30, 480, 60)).toBe('09:15');
  });

  it('keeps the session inside the day', () => {
    expect(dropStart(-500, 0, 0, 60)).toBe('00:00');
    expect(dropStart(1584, 0, 0, 180)).toBe('21:00');
  });
});
