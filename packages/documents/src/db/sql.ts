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

/** A Postgres vector literal: `[0.1,0.2,...]`, the text form pgvector parses. */
export function vectorLiteral(values: readonly number[]): string {
  return `[${values.join(',')}]`;
}
