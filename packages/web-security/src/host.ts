// DNS rebinding: a page on evil.example re-points its name at 127.0.0.1, then talks to an app on this machine as
// if it were its own origin (reading what it serves, posting without a cross-site signal). Its requests carry
// `Host: evil.example`. So an app whose base URL is on this machine (APP_BASE_URL unset, or loopback) answers
// only to this machine's names. An app with APP_BASE_URL on another name is served under that name (deployed,
// or shared on a network) and is not checked: its load balancer's health checks name it by address.

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The name in a Host value, without the port (`[::1]` keeps its brackets). */
function hostName(host: string): string {
  return (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]) ?? '';
}

function baseHosts(appBaseUrl: string | undefined): string[] {
  return (appBaseUrl ?? '')
    .split(',')
    .map((url) => URL.parse(url.trim())?.host ?? '')
    .filter(Boolean);
}

/**
 * `undefined` when the request's Host is one this app answers to; else a 403 naming the host in both languages.
 * `appBaseUrl` is the configured APP_BASE_URL (comma-separated list allowed), unset when the app derives it.
 */
export function refuseUnknownHost(request: Request, appBaseUrl?: string): Response | undefined {
  const configured = baseHosts(appBaseUrl);
  if (configured.some((host) => !LOOPBACK.test(hostName(host)))) return undefined;
  const host = request.headers.get('host') ?? '';
  if (LOOPBACK.test(hostName(host))) return undefined;
  const shown = host.slice(0, 100);
  const error = {
    code: 'unknown-host',
    message: {
      ja: `Host「${shown}」では応答しません。ほかの名前で届く要求は DNS リバインディングの可能性があるため拒否します。`,
      en: `This app does not answer to the host "${shown}": requests under other names may be DNS rebinding.`,
    },
    fix: {
      ja: 'localhost、127.0.0.1 または [::1] で開いてください。別の名前で公開する場合は APP_BASE_URL にその URL を設定してください。',
      en: 'Open it as localhost, 127.0.0.1 or [::1]. To serve it under another name, set APP_BASE_URL to that URL.',
    },
  };
  return new Response(JSON.stringify({ error }), {
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
