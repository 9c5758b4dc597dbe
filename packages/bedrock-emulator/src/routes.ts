// Which Bedrock operation a method and path name.
import type { Operation } from './state.ts';

export interface Route {
  operation: Operation;
  /** The model or profile identifier from the path, percent-decoded. */
  model?: string;
}

const RUNTIME: Record<string, Operation> = {
  converse: 'converse',
  'converse-stream': 'converse-stream',
  invoke: 'invoke',
  'invoke-with-response-stream': 'invoke-stream',
  'count-tokens': 'count-tokens',
};

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function route(method: string, path: string): Route | undefined {
  const runtime = /^\/model\/([^/]+)\/([a-z-]+)\/?$/.exec(path);
  if (runtime && method === 'POST') {
    const operation = RUNTIME[runtime[2] ?? ''];
    const model = decode(runtime[1] ?? '');
    return operation && model ? { operation, model } : undefined;
  }
  if (method !== 'GET') return undefined;
  if (path === '/foundation-models' || path === '/foundation-models/') return { operation: 'list-foundation-models' };
  if (path === '/inference-profiles' || path === '/inference-profiles/')
    return { operation: 'list-inference-profiles' };
  const item = /^\/(foundation-models|inference-profiles)\/([^/]+)\/?$/.exec(path);
  const id = item ? decode(item[2] ?? '') : undefined;
  if (item && id) {
    return {
      operation: item[1] === 'foundation-models' ? 'get-foundation-model' : 'get-inference-profile',
      model: id,
    };
  }
  return undefined;
}
