// Per-user upload pace, in this process: one upload at a time per user, and at most `uploadsPerWindow`
// started in any `windowMs`. A user who keeps uploading gets 429 with Retry-After instead of a queue.
import { rateLimited, type UploadLimits } from './limits.ts';

export class UploadGate {
  private readonly started = new Map<string, number[]>();
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly limits: UploadLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Admits one upload of `userId` (throws a 429 DocumentsError otherwise); call the result when it ends. */
  enter(userId: string): () => void {
    const now = this.now();
    if (this.inFlight.has(userId)) throw rateLimited(5, this.limits, true);
    const recent = (this.started.get(userId) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (recent.length >= this.limits.uploadsPerWindow) {
      const retryAfter = Math.ceil(((recent[0] ?? now) + this.limits.windowMs - now) / 1000);
      this.started.set(userId, recent);
      throw rateLimited(Math.max(1, retryAfter), this.limits, false);
    }
    recent.push(now);
    this.started.set(userId, recent);
    this.inFlight.add(userId);
    return () => this.inFlight.delete(userId);
  }
}
