import type { Finding } from '../types.ts';

/** One variable's value as the checks see it: the canonical name, and the name the user wrote. */
export interface ValueRef {
  value: string;
  /** The name as written (an alias such as BEDROCK_REGION, or the canonical name). */
  writtenAs: string;
}

/** Shared state of one resolution: the values, and the findings collected so far. */
export class CheckContext {
  readonly values = new Map<string, ValueRef>();
  /** Canonical names whose value failed a basic check: later checks skip them. */
  readonly unusable = new Set<string>();
  readonly findings: Finding[] = [];
  /** Errors that rest on the model catalog alone, held back while the account is asked (`deferCatalog`). */
  readonly deferred: Finding[] = [];

  constructor(
    readonly now: Date,
    /** Online doctor: the account, not the catalog, decides whether a model can be called. */
    readonly deferCatalog = false,
  ) {}

  /** The value when set and usable. */
  get(name: string): string | undefined {
    return this.unusable.has(name) ? undefined : this.values.get(name)?.value;
  }

  /** Set at all (even when unusable). */
  has(name: string): boolean {
    return this.values.has(name);
  }

  /** The name to report a finding on: the alias the user wrote, else the canonical name. */
  nameOf(name: string): string {
    return this.values.get(name)?.writtenAs ?? name;
  }

  add(...findings: (Finding | undefined)[]): void {
    for (const f of findings) if (f) this.findings.push(f);
  }

  /**
   * An error the model catalog alone finds (end of life, region, profile). Returns true when it is held back for the
   * account to decide (the caller keeps the model), false when it was added as an error.
   */
  catalogError(f: Finding): boolean {
    if (this.deferCatalog) this.deferred.push(f);
    else this.findings.push(f);
    return this.deferCatalog;
  }
}
