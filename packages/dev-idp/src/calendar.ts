// A demo calendar service with Google Calendar's `events.list` request and response shape, so the same tool code
// reads a real Google calendar (with a token from Token Vault) and this one (with a token from the dev issuer's
// Token Vault). Events are seeded per demo user around today, in the user's time zone. Errors are Google's.
//   GET /calendar/v3/calendars/{calendarId}/events?timeMin&timeMax&singleEvents&orderBy&maxResults

import type { IncomingMessage, ServerResponse } from 'node:http';
import { CALENDAR_READ_SCOPES, type ConnectedAccounts } from './connected-accounts.ts';
import { sendJson } from './http.ts';
import { type DemoUser, findUserBySub } from './users.ts';

export const CALENDAR_PREFIX = '/calendar/v3/';
const EVENTS_PATH = /^\/calendar\/v3\/calendars\/([^/]+)\/events$/;

/** Where each demo user lives, for the seeded events' times. */
const TIME_ZONES: Record<string, string> = { 'dev-idp|hanako': 'Asia/Tokyo', 'dev-idp|alex': 'America/New_York' };

interface Seed {
  day: number;
  start: string;
  end: string;
  summary: { ja: string; en: string };
  location?: { ja: string; en: string };
}

const SEEDS: readonly Seed[] = [
  { day: -1, start: '16:00', end: '17:00', summary: { ja: '四半期の振り返り', en: 'Quarterly review' } },
  { day: 0, start: '15:00', end: '16:00', summary: { ja: 'デザインレビュー', en: 'Design review' } },
  {
    day: 1,
    start: '10:00',
    end: '10:30',
    summary: { ja: 'チーム定例', en: 'Team stand-up' },
    location: { ja: '会議室 A', en: 'Room A' },
  },
  {
    day: 1,
    start: '13:00',
    end: '14:00',
    summary: { ja: '歯医者', en: 'Dentist' },
    location: { ja: '渋谷デンタルクリニック', en: 'Midtown Dental' },
  },
  {
    day: 1,
    start: '19:00',
    end: '21:00',
    summary: { ja: '佐藤さんと夕食', en: 'Dinner with Sam' },
    location: { ja: '恵比寿', en: 'Chelsea Market' },
  },
  { day: 2, start: '09:30', end: '10:00', summary: { ja: '1on1 (田中さん)', en: '1:1 with Jordan' } },
  { day: 3, start: '14:00', end: '15:30', summary: { ja: 'お客様との打ち合わせ', en: 'Customer meeting' } },
];

function googleError(
  res: ServerResponse,
  code: number,
  status: string,
  message: string,
  errors: object[],
  headers = {},
) {
  sendJson(res, code, { error: { code, message, errors, status } }, headers);
}

const AUTH_HELP =
  'Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';

/** `+09:00` for a time zone at an instant. */
function offsetOf(timeZone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** Today's date (YYYY-MM-DD) in the time zone, shifted by `days`. */
function localDate(timeZone: string, days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function dateTime(timeZone: string, date: string, time: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  return `${date}T${time}:00${offsetOf(timeZone, noon)}`;
}

export function seededEvents(user: DemoUser) {
  const timeZone = TIME_ZONES[user.sub] ?? 'UTC';
  return SEEDS.map((seed, index) => {
    const date = localDate(timeZone, seed.day);
    return {
      kind: 'calendar#event',
      id: `devcal${user.nickname}${index}`,
      status: 'confirmed',
      summary: seed.summary[user.locale],
      ...(seed.location ? { location: seed.location[user.locale] } : {}),
      creator: { email: user.email, self: true },
      organizer: { email: user.email, self: true },
      start: { dateTime: dateTime(timeZone, date, seed.start), timeZone },
      end: { dateTime: dateTime(timeZone, date, seed.end), timeZone },
      eventType: 'default',
    };
  });
}

function parseTime(value: string | null): number | undefined | null {
  if (value === null) return undefined;
  // Google requires an RFC 3339 timestamp with an offset (or Z).
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

export function calendarApi(accounts: ConnectedAccounts) {
  return (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    const match = EVENTS_PATH.exec(url.pathname);
    if (req.method !== 'GET' || !match) {
      googleError(res, 404, 'NOT_FOUND', 'Not Found', [{ domain: 'global', reason: 'notFound', message: 'Not Found' }]);
      return;
    }
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) {
      googleError(
        res,
        401,
        'UNAUTHENTICATED',
        `Request is missing required authentication credential. ${AUTH_HELP}`,
        [
          {
            message: 'Login Required.',
            domain: 'global',
            reason: 'required',
            location: 'Authorization',
            locationType: 'header',
          },
        ],
        { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' },
      );
      return;
    }
    const info = accounts.tokenInfo(token);
    const user = info ? findUserBySub(info.sub) : undefined;
    if (!info || !user) {
      googleError(
        res,
        401,
        'UNAUTHENTICATED',
        `Request had invalid authentication credentials. ${AUTH_HELP}`,
        [
          {
            message: 'Invalid Credentials',
            domain: 'global',
            reason: 'authError',
            location: 'Authorization',
            locationType: 'header',
          },
        ],
        { 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
      );
      return;
    }
    if (!info.scopes.some((scope) => CALENDAR_READ_SCOPES.includes(scope))) {
      googleError(
        res,
        403,
        'PERMISSION_DENIED',
        'Request had insufficient authentication scopes.',
        [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
        {
          'www-authenticate': `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="${CALENDAR_READ_SCOPES.join(' ')}"`,
        },
      );
      return;
    }
    const calendarId = decodeURIComponent(match[1] ?? '');
    if (calendarId !== 'primary' && calendarId !== user.email) {
      googleError(res, 404, 'NOT_FOUND', 'Not Found', [{ domain: 'global', reason: 'notFound', message: 'Not Found' }]);
      return;
    }
    const params = url.searchParams;
    const timeMin = parseTime(params.get('timeMin'));
    const timeMax = parseTime(params.get('timeMax'));
    const maxResults = params.has('maxResults') ? Number(params.get('maxResults')) : 250;
    const orderBy = params.get('orderBy');
    const problem =
      timeMin === null || timeMax === null
        ? 'Bad Request'
        : !Number.isInteger(maxResults) || maxResults < 1 || maxResults > 2500
          ? 'Invalid value for: maxResults'
          : orderBy !== null && orderBy !== 'startTime' && orderBy !== 'updated'
            ? 'Invalid value for: orderBy'
            : orderBy === 'startTime' && params.get('singleEvents') !== 'true'
              ? 'The requested ordering is not available for the particular query.'
              : undefined;
    if (problem || timeMin === null || timeMax === null) {
      const message = problem ?? 'Bad Request';
      googleError(res, 400, 'INVALID_ARGUMENT', message, [{ domain: 'global', reason: 'badRequest', message }]);
      return;
    }
    const timeZone = TIME_ZONES[user.sub] ?? 'UTC';
    const items = seededEvents(user)
      .filter((event) => timeMax === undefined || Date.parse(event.start.dateTime) < timeMax)
      .filter((event) => timeMin === undefined || Date.parse(event.end.dateTime) > timeMin)
      .sort((a, b) => Date.parse(a.start.dateTime) - Date.parse(b.start.dateTime))
      .slice(0, maxResults);
    sendJson(res, 200, {
      kind: 'calendar#events',
      summary: user.email,
      updated: new Date().toISOString(),
      timeZone,
      accessRole: 'owner',
      defaultReminders: [],
      items,
    });
  };
}
