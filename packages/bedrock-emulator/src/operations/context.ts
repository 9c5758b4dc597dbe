import type { Exchange } from '../exchange.ts';
import type { Pacing } from '../pacing.ts';
import type { EmulatorState, Fault, Operation } from '../state.ts';
import type { ResolvedModel } from './resolve-model.ts';

export interface OperationContext {
  exchange: Exchange;
  operation: Operation;
  region: string;
  model: ResolvedModel;
  state: EmulatorState;
  pacing: Pacing;
  maxBodyBytes: number;
  /** A fault that acts inside the stream (after K events), if one matched this request. */
  streamFault?: Fault;
  startedAt: number;
}

/** Milliseconds since the request arrived, plus `laterMs` still to come, at least 1: latency as Bedrock reports it. */
export function latencyMs(ctx: OperationContext, laterMs = 0): number {
  return Math.max(1, Math.round(performance.now() - ctx.startedAt + laterMs));
}
