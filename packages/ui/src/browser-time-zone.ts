/** The browser's IANA time zone, sent with each chat request for the `current_time` tool. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
