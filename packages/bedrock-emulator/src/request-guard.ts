// What a web page the developer happens to visit must not be able to do to the emulator on their machine:
// - DNS rebinding: a page on evil.example re-points its name at 127.0.0.1 and talks to us as "same origin";
//   its requests carry `Host: evil.example`, so only loopback Host values are served;
// - cross-site requests to the control API: a `text/plain` POST needs no CORS preflight, so a foreign page
//   could plant replies or faults. State-changing control requests need no Origin or a loopback one, and a
//   body must be declared `application/json` (which browsers only send cross-origin after a preflight we
//   never grant).

/** A localized refusal: HTTP status and the reason in both languages. */
export interface Refusal {
  status: number;
  ja: string;
  en: string;
}

const LOOPBACK_NAMES = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** `localhost`, `127.x.y.z` or `[::1]`, with or without a port. */
export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return LOOPBACK_NAMES.test(name ?? '');
}

/** Every request: the Host (HTTP/1.1) or :authority (HTTP/2) must name this machine. */
export function checkHost(host: string | undefined): Refusal | undefined {
  if (host && isLoopbackHost(host)) return undefined;
  return {
    status: 403,
    ja: `Host ヘッダー「${String(host ?? '').slice(0, 100)}」は受け付けません。エミュレーターには localhost、127.0.0.1、[::1] で接続してください (別の名前で届く要求は DNS リバインディングの可能性があるため拒否します)。`,
    en: `Host "${String(host ?? '').slice(0, 100)}" is refused. Reach the emulator as localhost, 127.0.0.1 or [::1] (requests under other names may be DNS rebinding and are refused).`,
  };
}

/** Control requests that change state (POST, DELETE): no foreign Origin, and JSON bodies declared as such. */
export function checkControlRequest(
  method: string,
  headers: { origin?: string; contentType?: string; contentLength?: string; transferEncoding?: string },
): Refusal | undefined {
  if (method === 'GET' || method === 'HEAD') return undefined;
  if (headers.origin !== undefined && !isLoopbackOrigin(headers.origin))
    return {
      status: 403,
      ja: `ほかのサイト (${headers.origin.slice(0, 100)}) からの制御 API の呼び出しは受け付けません。`,
      en: `Control requests from another site (${headers.origin.slice(0, 100)}) are refused.`,
    };
  const hasBody = Number(headers.contentLength ?? 0) > 0 || headers.transferEncoding !== undefined;
  const type = headers.contentType?.split(';')[0]?.trim().toLowerCase();
  if (hasBody && type !== 'application/json')
    return {
      status: 415,
      ja: `制御 API の本文は JSON です。Content-Type: application/json を付けて送ってください (受け取った値: ${type ?? 'なし'})。`,
      en: `Control request bodies are JSON: send them with Content-Type: application/json (got ${type ?? 'none'}).`,
    };
  return undefined;
}

function isLoopbackOrigin(origin: string): boolean {
  const url = URL.parse(origin);
  return !!url && (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.host);
}
