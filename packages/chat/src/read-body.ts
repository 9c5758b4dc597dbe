// Reads a JSON request body without ever buffering more than `maxBytes`.

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'too-large'; bytes: number }
  | { ok: false; reason: 'invalid-json' };

export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return { ok: false, reason: 'too-large', bytes: declared };
  if (!request.body) return { ok: false, reason: 'invalid-json' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: 'too-large', bytes };
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(all)) };
  } catch {
    return { ok: false, reason: 'invalid-json' };
  }
}
