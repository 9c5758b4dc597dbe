// startEmulator: options, then each request: route, authenticate, log, apply faults, run the operation.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { isBedrockRegion } from '@repo/config/models';
import { authenticate, describeCaller } from './auth.ts';
import { handleControl } from './control-api.ts';
import { BedrockError } from './errors.ts';
import { Exchange, pause, type Request, type Response } from './exchange.ts';
import { type Listener, listenBothProtocols } from './listener.ts';
import {
  getFoundationModel,
  getInferenceProfile,
  listFoundationModels,
  listInferenceProfiles,
} from './operations/catalog.ts';
import type { OperationContext } from './operations/context.ts';
import { converse, converseStream } from './operations/converse.ts';
import { countTokensOperation } from './operations/count-tokens.ts';
import { invoke, invokeStream } from './operations/invoke.ts';
import { resolveModel } from './operations/resolve-model.ts';
import { type Pacing, type PacingPreset, resolvePacing } from './pacing.ts';
import { checkControlRequest, checkHost } from './request-guard.ts';
import { type Route, route } from './routes.ts';
import { EmulatorState, type Fault, type RequestRecord, STREAMING_OPERATIONS } from './state.ts';

export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to bind. Only loopback addresses are allowed. Default 127.0.0.1. */
  host?: string;
  /** The Bedrock region this emulator plays (credentials scoped to another region are rejected). Default us-east-1. */
  region?: string;
  /** Reply speed: `instant` (default, for tests), `human` (for demos) or explicit numbers. */
  pacing?: Pacing | PacingPreset;
  /** Largest request body accepted before a ValidationException. Default 20 MB. */
  maxBodyBytes?: number;
  /**
   * The day (YYYY-MM-DD) whose model lifecycles the emulator plays: models past their end of life on that day are
   * gone. Default: today. Tests pin it so that an account can differ from what the catalog says of another day.
   */
  today?: string;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>`: the endpoint for every SDK. */
  url: string;
  port: number;
  region: string;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4010;
export const DEFAULT_REGION = 'us-east-1';
const DEFAULT_MAX_BODY = 20 * 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export class EmulatorOptionError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
  ) {
    super(en);
  }
}

function checkOptions(options: EmulatorOptions) {
  const port = options.port ?? DEFAULT_PORT;
  const host = options.host ?? '127.0.0.1';
  const region = options.region ?? DEFAULT_REGION;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new EmulatorOptionError(
      `port は 0 から 65535 の整数で指定してください (${port})。`,
      `port must be an integer from 0 to 65535 (got ${port}).`,
    );
  }
  if (!LOOPBACK.has(host)) {
    throw new EmulatorOptionError(
      `host はループバック (127.0.0.1、localhost、::1) だけを指定できます (${host})。エミュレーターは認証を検証しないため、外部に公開しません。`,
      `host must be a loopback address (127.0.0.1, localhost or ::1), got ${host}: the emulator does not verify credentials, so it never listens on other interfaces.`,
    );
  }
  if (!isBedrockRegion(region)) {
    throw new EmulatorOptionError(
      `region "${region}" は Bedrock のリージョンではありません。us-east-1 や ap-northeast-1 などを指定してください。`,
      `region "${region}" is not a Bedrock region. Use one such as us-east-1 or ap-northeast-1.`,
    );
  }
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    throw new EmulatorOptionError(
      `today は YYYY-MM-DD の形の日付で指定してください (${options.today})。`,
      `today must be a date in the form YYYY-MM-DD (got ${options.today}).`,
    );
  }
  return {
    port,
    host,
    region,
    pacing: resolvePacing(options.pacing),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY,
    day: () => options.today ?? new Date().toISOString().slice(0, 10),
  };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const { port, host, region, pacing, maxBodyBytes, day } = checkOptions(options);
  const state = new EmulatorState();
  const startedAt = new Date().toISOString();
  // Set once listening; requests only arrive after that.
  let listener: Listener | undefined;

  async function runOperation(exchange: Exchange, matched: Route, record: RequestRecord, begin: number) {
    const auth = authenticate(exchange.header('authorization'), exchange.header('x-amz-date'), region);
    record.auth = auth;
    const fault = state.takeFault(matched.operation, matched.model);
    const streamFault = fault && fault.afterEvents !== undefined ? fault : undefined;
    if (fault && !streamFault) await applyFault(exchange, fault);
    if (exchange.closed) return;
    switch (matched.operation) {
      case 'list-foundation-models':
        return exchange.sendJson(200, listFoundationModels(region, day(), exchange.query));
      case 'get-foundation-model':
        return exchange.sendJson(200, getFoundationModel(region, day(), matched.model ?? ''));
      case 'list-inference-profiles':
        return exchange.sendJson(200, listInferenceProfiles(region, day(), exchange.query));
      case 'get-inference-profile':
        return exchange.sendJson(200, getInferenceProfile(region, day(), matched.model ?? ''));
    }
    const ctx: OperationContext = {
      exchange,
      operation: matched.operation,
      region,
      model: resolveModel(matched.model ?? '', region, day(), matched.operation === 'count-tokens'),
      state,
      pacing,
      maxBodyBytes,
      ...(streamFault ? { streamFault } : {}),
      startedAt: begin,
    };
    switch (matched.operation) {
      case 'converse':
        return converse(ctx);
      case 'converse-stream':
        return converseStream(ctx);
      case 'invoke':
        return invoke(ctx);
      case 'invoke-stream':
        return invokeStream(ctx);
      case 'count-tokens':
        return countTokensOperation(ctx);
    }
  }

  async function applyFault(exchange: Exchange, fault: Fault) {
    if (fault.delayMs) await pause(exchange, fault.delayMs);
    if (fault.disconnect) {
      exchange.abort();
      return;
    }
    if (fault.exception) throw new BedrockError(fault.exception, fault.message);
  }

  async function handle(req: Request, res: Response) {
    const begin = performance.now();
    const exchange = new Exchange(req, res, randomUUID());
    const refusal =
      checkHost(exchange.header('host') ?? exchange.header(':authority')) ??
      (exchange.path.startsWith('/_emulator/')
        ? checkControlRequest(exchange.method, {
            origin: exchange.header('origin'),
            contentType: exchange.header('content-type'),
            contentLength: exchange.header('content-length'),
            transferEncoding: exchange.header('transfer-encoding'),
          })
        : undefined);
    if (refusal) {
      // `message` for AWS SDKs, both languages for people.
      exchange.sendJson(refusal.status, { message: refusal.en, error: { ja: refusal.ja, en: refusal.en } });
      return;
    }
    if (exchange.path.startsWith('/_emulator/')) {
      await handleControl(exchange, state, () => ({
        region,
        startedAt,
        protocols: ['http/1.1', 'h2c'],
        openConnections: listener?.openConnections() ?? 0,
      }));
      return;
    }
    const matched = route(exchange.method, exchange.path);
    if (!matched) {
      exchange.sendError(new BedrockError('UnknownOperationException'));
      return;
    }
    const record: RequestRecord = {
      requestId: exchange.requestId,
      time: new Date().toISOString(),
      operation: matched.operation,
      ...(matched.model ? { model: matched.model } : {}),
      protocol: exchange.protocol,
      auth: describeCaller(exchange.header('authorization')),
    };
    state.record(record);
    try {
      await runOperation(exchange, matched, record, begin);
      record.status = exchange.closed && !res.headersSent ? 0 : res.statusCode;
    } catch (error) {
      const answer =
        error instanceof BedrockError
          ? error
          : new BedrockError('InternalServerException', 'The emulator failed while processing the request.');
      record.status = answer.status;
      record.error = answer.exception;
      if (!(error instanceof BedrockError) && !exchange.closed && (error as Error)?.message !== 'aborted') {
        console.error('[bedrock-emulator] unexpected error:', error);
      }
      if (res.headersSent) exchange.abort();
      else exchange.sendError(answer);
    }
    if (STREAMING_OPERATIONS.has(matched.operation) && record.status === 200 && exchange.closed && !res.writableEnded) {
      record.error = 'ClientDisconnected';
    }
  }

  const onRequest = (req: Request, res: Response) => {
    handle(req, res).catch((error) => {
      console.error('[bedrock-emulator] request failed:', error);
      const out = res as unknown as ServerResponse;
      if (!out.headersSent) {
        out.writeHead(500);
        out.end();
      }
    });
  };

  listener = await listenBothProtocols(port, host, onRequest);
  const urlHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${urlHost}:${listener.port}`,
    port: listener.port,
    region,
    close: listener.close,
  };
}
