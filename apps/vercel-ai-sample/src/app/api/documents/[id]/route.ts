import { documentsHandlers } from '@/lib/server/documents-handlers.ts';

export const dynamic = 'force-dynamic';

export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return documentsHandlers.remove((await params).id);
}
