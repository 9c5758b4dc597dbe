// The calendar tool's logic: one day of the user's Google Calendar (events.list), in the user's time zone. The
// token comes from Auth0's Token Vault; each sample wraps this in its framework's tool and Token Vault authorizer.
// The same request works against Google and against the dev issuer's demo calendar (same path and shape).
import type { Lang } from '@repo/config';
import { isTimeZone, offsetOf } from './current-time.ts';
import { ToolError } from './tool-error.ts';

/** Google's read-only scope for calendar events: all the tool needs. */
export const CALENDAR_SCOPES = ['https://www.googleapis.com/auth/calendar.events.readonly'];

export const GOOGLE_API_URL = 'https://www.googleapis.com';

/** Google's API for a tenant; the dev issuer's demo calendar (same paths) when signing in through it. */
export function calendarApiUrl(auth0: { mode: 'tenant' | 'dev'; issuerBaseUrl: string }): string {
  return auth0.mode === 'dev' ? auth0.issuerBaseUrl : GOOGLE_API_URL;
}

export class CalendarError extends ToolError {
  override name = 'CalendarError';
}

/** Google refused the token (revoked, expired, or without a calendar scope): the user must connect again. */
export class CalendarAccessError extends CalendarError {
  override name = 'CalendarAccessError';
}

export interface CalendarEvent {
  summary: string;
  /** Local time in the user's zone: `10:00`, or the date for an all-day event. */
  start: string;
  end: string;
  location?: string;
  allDay?: true;
}

export interface CalendarDay {
  /** YYYY-MM-DD in `timeZone`. */
  date: string;
  timeZone: string;
  events: CalendarEvent[];
}

function localDate(timeZone: string, at: Date, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Local midnight of `date` in `timeZone` as RFC 3339 with the offset of that moment (DST-safe). */
function midnight(date: string, timeZone: string): string {
  const guess = new Date(`${date}T00:00:00Z`);
  const offset = offsetOf(new Date(guess.getTime() - offsetMinutes(offsetOf(guess, timeZone)) * 60_000), timeZone);
  return `${date}T00:00:00${offset}`;
}

function offsetMinutes(offset: string): number {
  const [, sign, h, m] = /([+-])(\d{2}):(\d{2})/.exec(offset) ?? [];
  return (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m));
}

/** `today`, `tomorrow`, `yesterday` or YYYY-MM-DD, as YYYY-MM-DD in the user's zone. */
export function resolveDay(day: string, timeZone: string, now = new Date()): string {
  const relative: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };
  const key = day.trim().toLowerCase();
  if (key in relative) return localDate(timeZone, now, relative[key]);
  if (/^\d{4}-\d{2}-\d{2}$/.test(key) && !Number.isNaN(Date.parse(`${key}T00:00:00Z`))) return key;
  throw new CalendarError(`"${day}" is not a day: use today, tomorrow, yesterday or a date as YYYY-MM-DD.`);
}

interface GoogleTime {
  dateTime?: string;
  date?: string;
}

interface GoogleEvent {
  summary?: string;
  location?: string;
  start?: GoogleTime;
  end?: GoogleTime;
}

function localTime(time: GoogleTime | undefined, timeZone: string, lang: Lang): string {
  if (!time?.dateTime) return time?.date ?? '';
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(time.dateTime));
}

export interface ListEventsOptions {
  apiUrl: string;
  accessToken: string;
  /** `today`, `tomorrow`, `yesterday` or YYYY-MM-DD, in the user's time zone. */
  day: string;
  timeZone: string;
  lang: Lang;
  now?: Date;
  fetchImpl?: typeof fetch;
}

/** The user's events of one day (Google Calendar `events.list` on the primary calendar), in their time zone. */
export async function listCalendarEvents(options: ListEventsOptions): Promise<CalendarDay> {
  const { apiUrl, accessToken, lang, fetchImpl = fetch } = options;
  const timeZone = isTimeZone(options.timeZone) ? options.timeZone : 'UTC';
  const date = resolveDay(options.day, timeZone, options.now);
  const next = localDate(timeZone, new Date(`${date}T12:00:00Z`), 1);
  const query = new URLSearchParams({
    timeMin: midnight(date, timeZone),
    timeMax: midnight(next, timeZone),
    singleEvents: 'true',
    orderBy: 'startTime',
    maxResults: '50',
    timeZone,
  });
  const url = `${apiUrl.replace(/\/+$/, '')}/calendar/v3/calendars/primary/events?${query}`;
  const res = await fetchImpl(url, { headers: { authorization: `Bearer ${accessToken}` } });
  if (res.status === 401 || res.status === 403) {
    throw new CalendarAccessError(
      `The calendar refused the access token (HTTP ${res.status}): connect the account again.`,
    );
  }
  if (!res.ok) throw new CalendarError(`The calendar answered HTTP ${res.status}.`);
  const { items = [] } = (await res.json()) as { items?: GoogleEvent[] };
  const events = items.map((item): CalendarEvent => {
    const allDay = !item.start?.dateTime;
    return {
      summary: item.summary ?? (lang === 'ja' ? '（タイトルなし）' : '(no title)'),
      start: localTime(item.start, timeZone, lang),
      end: localTime(item.end, timeZone, lang),
      ...(item.location ? { location: item.location } : {}),
      ...(allDay ? { allDay: true as const } : {}),
    };
  });
  return { date, timeZone, events };
}
