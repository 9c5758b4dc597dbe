import { describe, expect, it } from 'vitest';
import { currentTime, isTimeZone } from './current-time.ts';

const instant = new Date('2026-11-24T21:30:05Z');

describe('currentTime', () => {
  it('gives the time in the user zone with its offset', () => {
    const tokyo = currentTime('Asia/Tokyo', 'ja', instant);
    expect(tokyo.iso).toBe('2026-11-25T06:30:05+09:00');
    expect(tokyo.formatted).toContain('2026年11月25日');
    const ny = currentTime('America/New_York', 'en', instant);
    expect(ny.iso).toBe('2026-11-24T16:30:05-05:00');
    expect(ny.formatted).toContain('November 24, 2026');
  });

  it('falls back to UTC for an unknown zone', () => {
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(currentTime('Mars/Olympus', 'en', instant)).toMatchObject({
      timeZone: 'UTC',
      iso: '2026-11-24T21:30:05+00:00',
    });
  });
});
