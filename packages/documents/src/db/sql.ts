/** The little of a Postgres client the store needs, so PGlite and a server connection are interchangeable. */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Sql extends Queryable {
  /** `pglite` (in-process) or `server` (DATABASE_URL). */
  readonly kind: 'pglite' | 'server';
  /** Where the data lives, safe to show: a folder, `memory://`, or the URL with its password masked. */
  readonly location: string;
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
  /** Runs `work` in one transaction: everything is committed, or nothing is when it throws. */
  transaction<R>(work: (tx: Queryable) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** A Postgres vector literal: `[0.1,0.2,...]`, the text form pgvector parses (one query vector). */
export function vectorLiteral(values: readonly number[]): string {
  return `[${values.join(',')}]`;
}

/**
 * pgvector's binary form of a vector (what its `vector_recv` reads): the dimensions and a zero as 16-bit integers,
 * then each element as a big-endian float4. Sent as a binary parameter, a stored vector skips printing and parsing
 * about 20 characters per element (Postgres keeps float4 anyway). NaN and infinities are refused by pgvector.
 */
export function vectorBinary(values: readonly number[]): Buffer {
  const buffer = Buffer.allocUnsafe(4 + 4 * values.length);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  view.setInt16(0, values.length);
  view.setInt16(2, 0);
  for (let i = 0; i < values.length; i++) view.setFloat32(4 + 4 * i, values[i] as number);
  return buffer;
}
