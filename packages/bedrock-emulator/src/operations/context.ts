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
