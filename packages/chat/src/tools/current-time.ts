// The `current_time` tool: now, in the user's time zone (from the browser), formatted for their language.
import type { Lang } from '@repo/config';

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export interface CurrentTime {
  timeZone: string;
  /** ISO 8601 with the zone's offset, e.g. 2026-11-25T06:08:00+09:00. */
  iso: string;
  /** Human-readable in the user's language. */
  formatted: string;
}

/** `+09:00`: the zone's offset from UTC at that instant. */
export function offsetOf(date: Date, timeZone: string): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

function isoInZone(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offsetOf(date, timeZone)}`;
}

/** Falls back to UTC when the zone is unknown, and says so in the result. */
export function currentTime(timeZone: string, lang: Lang, now: Date = new Date()): CurrentTime {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const formatted = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
    timeZone: zone,
    dateStyle: 'full',
    timeStyle: 'long',
  }).format(now);
  return { timeZone: zone, iso: isoInZone(now, zone), formatted };
}
