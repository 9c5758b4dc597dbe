// A method a route does not serve, answered in words: Next.js's own 405 has an empty body.

export interface Localized {
  ja: string;
  en: string;
}

/** 405 with `Allow` and a bilingual JSON body naming the methods the path serves (and, if given, what to use). */
export function methodNotAllowed(request: Request, allowed: readonly string[], fix?: Localized): Response {
  const list = allowed.join(', ');
  const error = {
    code: 'method-not-allowed',
    message: {
      ja: `${request.method} はこのパスでは使えません。使えるメソッド: ${list}`,
      en: `${request.method} is not served on this path. Methods it serves: ${list}.`,
    },
    ...(fix ? { fix } : {}),
  };
  return new Response(JSON.stringify({ error }), {
    status: 405,
    headers: { allow: list, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
