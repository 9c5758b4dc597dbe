import { refuseCrossSite } from '@repo/web-security';
import { documentsHandlers } from '@/lib/server/documents-handlers.ts';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return refuseCrossSite(request, { body: 'json' }) ?? documentsHandlers.share((await params).id, request);
}

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return refuseCrossSite(request, { body: 'json' }) ?? documentsHandlers.unshare((await params).id, request);
}
