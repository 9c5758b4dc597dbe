// The check every state-changing route runs first, modelled on Go's net/http CrossOriginProtection: a browser
// says where a request comes from (Sec-Fetch-Site; older browsers only Origin). A request that a page of
// another site made (with the user's cookie) is refused with 403 whatever it carries; so is a body of a
// type other than the route's contract (415), which a form or `no-cors` fetch could otherwise send without
// a CORS preflight. Clients that are not browsers (curl, tests, server-to-server) send neither header: the
// route's own sign-in check decides for them.

export type BodyContract = 'json' | 'multipart';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const MEDIA_TYPE: Record<BodyContract, string> = { json: 'application/json', multipart: 'multipart/form-data' };

interface Refusal {
  status: number;
  code: 'cross-site-request' | 'unsupported-media-type';
  message: { ja: string; en: string };
  fix: { ja: string; en: string };
}

const CROSS_SITE: Refusal = {
  status: 403,
  code: 'cross-site-request',
  message: {
    ja: '別のサイトのページから送られたリクエストのため、受け付けませんでした。',
    en: 'This request came from a page of another site, so it was refused.',
  },
  fix: {
    ja: 'このアプリのページから操作してください（別のサイトや別のポートのページからは、データを変更できません）。',
    en: "Use this app's own pages (a page of another site, or on another port, cannot change anything here).",
  },
};

function wrongType(contract: BodyContract): Refusal {
  const type = MEDIA_TYPE[contract];
  return {
    status: 415,
    code: 'unsupported-media-type',
    message: {
      ja: `このリクエストの本文は Content-Type: ${type} で送る必要があります。`,
      en: `This request's body must be sent as Content-Type: ${type}.`,
    },
    fix: {
      ja: `Content-Type ヘッダーを ${type} にして送ってください。`,
      en: `Send it with the Content-Type header set to ${type}.`,
    },
  };
}

function refusal({ status, ...error }: Refusal): Response {
  return new Response(JSON.stringify({ error }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

function sameOrigin(origin: string, request: Request): boolean {
  try {
    return new URL(origin).host === (request.headers.get('host') ?? new URL(request.url).host);
  } catch {
    return false; // "null" (a sandboxed frame, a file:// page) or garbage
  }
}

export interface CrossSiteOptions {
  /** The body this route accepts; omitted: any (the route reads none). */
  body?: BodyContract;
}

/**
 * `undefined` when a state-changing request may go on; else the JSON refusal to return: 403 for a request a
 * page of another site made, 415 for a body that is not the route's contract. Usage, first line of a handler:
 *
 *     const refused = refuseCrossSite(request, { body: 'json' });
 *     if (refused) return refused;
 */
export function refuseCrossSite(request: Request, options: CrossSiteOptions = {}): Response | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  // same-origin: our own page; none: the user's own action (typed address, bookmark).
  if (site ? site !== 'same-origin' && site !== 'none' : origin && !sameOrigin(origin, request))
    return refusal(CROSS_SITE);
  return options.body ? refuseBodyType(request, options.body) : undefined;
}

/** `undefined` when the request's Content-Type is the contract's media type (any parameters); else a 415. */
export function refuseBodyType(request: Request, contract: BodyContract): Response | undefined {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  return type === MEDIA_TYPE[contract] ? undefined : refusal(wrongType(contract));
}
