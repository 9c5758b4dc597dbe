import { methodNotAllowed, refuseCrossSite } from '@repo/web-security';
import { documentsHandlers } from '@/lib/server/documents-handlers.ts';

export const dynamic = 'force-dynamic';

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return refuseCrossSite(request) ?? documentsHandlers.remove((await params).id);
}

// One document has no page of its own in the API: say where its details are instead of an empty 405.
export function GET(request: Request) {
  return methodNotAllowed(request, ['DELETE'], {
    ja: '文書の一覧と各文書の情報は GET /api/documents で取得できます。',
    en: 'GET /api/documents lists every document with its details.',
  });
}
