// How fast replies come: instantly for tests, at a human-readable pace for demos.

export interface Pacing {
  /** Delay before the first token. */
  firstTokenMs: number;
  /** Output speed after the first token; 0 or Infinity means no delay. */
  tokensPerSecond: number;
}

export const PACING_PRESETS = {
  instant: { firstTokenMs: 0, tokensPerSecond: 0 },
  human: { firstTokenMs: 450, tokensPerSecond: 45 },
} as const satisfies Record<string, Pacing>;

export type PacingPreset = keyof typeof PACING_PRESETS;

export function resolvePacing(pacing: Pacing | PacingPreset | undefined): Pacing {
  if (pacing === undefined) return PACING_PRESETS.instant;
  if (typeof pacing === 'string') return PACING_PRESETS[pacing];
  return pacing;
}

export function isInstant(pacing: Pacing): boolean {
  return pacing.firstTokenMs <= 0 && (!pacing.tokensPerSecond || !Number.isFinite(pacing.tokensPerSecond));
}

export function tokenDelayMs(pacing: Pacing, tokens: number): number {
  return pacing.tokensPerSecond > 0 && Number.isFinite(pacing.tokensPerSecond)
    ? (tokens * 1000) / pacing.tokensPerSecond
    : 0;
}

/** How long a non-streaming reply of `tokens` output tokens takes to generate. */
export function generationMs(pacing: Pacing, tokens: number): number {
  return pacing.firstTokenMs + tokenDelayMs(pacing, tokens);
}
