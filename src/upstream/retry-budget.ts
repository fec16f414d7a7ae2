/**
 * Envoy-style retry budget: concurrent retries may not exceed `ratio` of active requests (with a
 * floor so a quiet gateway can still retry). When every replica fails at once, this is what stops
 * the gateway from multiplying the load that caused the failure.
 */
export class RetryBudget {
  active = 0;
  retrying = 0;

  constructor(
    private readonly ratio: number,
    private readonly min: number,
  ) {}

  begin(): void {
    this.active++;
  }

  end(): void {
    this.active--;
  }

  /** Takes a retry token if the budget allows; the caller must `releaseRetry` when done. */
  tryAcquire(): boolean {
    if (this.retrying >= Math.max(this.min, this.ratio * this.active)) return false;
    this.retrying++;
    return true;
  }

  releaseRetry(): void {
    this.retrying--;
  }
}
