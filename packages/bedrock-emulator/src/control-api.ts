// `/_emulator/`: health, faults, queued replies, the request log and reset. For tests and demos; no auth.
import type { Exchange } from './exchange.ts';
import { type EmulatorState, isProblem, parseFault, parseQueuedReply } from './state.ts';

const MAX_CONTROL_BODY = 1024 * 1024;

async function readJson(exchange: Exchange): Promise<unknown> {
  const body = await exchange.body(MAX_CONTROL_BODY);
  if (body.length === 0) return {};
  return JSON.parse(body.toString('utf8'));
}

function badRequest(exchange: Exchange, ja: string, en: string): void {
  exchange.sendJson(400, { error: { ja, en } });
}

export async function handleControl(
  exchange: Exchange,
  state: EmulatorState,
  info: () => Record<string, unknown>,
): Promise<void> {
  const { method, path } = exchange;
  const name = path.slice('/_emulator/'.length).replace(/\/$/, '');
  let input: unknown;
  if (method === 'POST') {
    try {
      input = await readJson(exchange);
    } catch {
      badRequest(exchange, 'リクエスト本文が JSON として読めません。', 'The request body is not valid JSON.');
      return;
    }
  }
  switch (`${method} ${name}`) {
    case 'GET health':
      exchange.sendJson(200, { status: 'ok', ...info() });
      return;
    case 'GET faults':
      exchange.sendJson(200, { faults: state.listFaults() });
      return;
    case 'POST faults': {
      const list = Array.isArray(input) ? input : [input];
      const faults = list.map(parseFault);
      const problem = faults.find(isProblem);
      if (problem) return badRequest(exchange, problem.ja, problem.en);
      for (const fault of faults) if (!isProblem(fault)) state.addFault(fault);
      exchange.sendJson(201, { faults: state.listFaults() });
      return;
    }
    case 'DELETE faults':
      state.clearFaults();
      exchange.sendJson(200, { faults: [] });
      return;
    case 'GET replies':
      exchange.sendJson(200, { replies: state.queued() });
      return;
    case 'POST replies': {
      const list = Array.isArray(input) ? input : [input];
      const replies = list.map(parseQueuedReply);
      const problem = replies.find(isProblem);
      if (problem) return badRequest(exchange, problem.ja, problem.en);
      for (const reply of replies) if (!isProblem(reply)) state.enqueue(reply);
      exchange.sendJson(201, { replies: state.queued() });
      return;
    }
    case 'GET requests':
      exchange.sendJson(200, { requests: state.requests() });
      return;
    case 'POST reset':
      state.reset();
      exchange.sendJson(200, { status: 'reset' });
      return;
    default:
      exchange.sendJson(404, {
        error: {
          ja: `${method} ${path} はありません。health、faults、replies、requests、reset を使ってください。`,
          en: `No such control endpoint: ${method} ${path}. Use health, faults, replies, requests or reset.`,
        },
      });
  }
}
