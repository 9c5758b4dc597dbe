import { refuseCrossSite } from '@repo/web-security';
import { documentsHandlers } from '@/lib/server/documents-handlers.ts';

export const dynamic = 'force-dynamic';

export function GET() {
  return documentsHandlers.list();
}

// Every state-changing handler first refuses what a page of another site sent (403) or a body that is not
// the contract (415): an upload is multipart/form-data.
export function POST(request: Request) {
  return refuseCrossSite(request, { body: 'multipart' }) ?? documentsHandlers.upload(request);
}
