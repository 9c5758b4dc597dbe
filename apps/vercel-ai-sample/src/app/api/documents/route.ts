import { documentsHandlers } from '@/lib/server/documents-handlers.ts';

export const dynamic = 'force-dynamic';

export function GET() {
  return documentsHandlers.list();
}

export function POST(request: Request) {
  return documentsHandlers.upload(request);
}
