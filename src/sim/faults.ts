/**
 * Run-time fault switches. Injected errors use the same OpenAI/vLLM error shape as real ones so
 * a gateway's error mapping is exercised, not just its status-code handling.
 */
import { createPrng } from './generate.js';
import { applyFaultPatch, faultPatchSchema, type FaultConfig } from './options.js';
import { errorBody } from './openai-shapes.js';

export interface InjectedError {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const ERROR_MESSAGES: Record<number, string> = {
  429: 'Too many requests: the simulated server is rate limiting (injected fault).',
  500: 'Internal server error (injected fault).',
  503: 'Service unavailable (injected fault).',
};

export class FaultController {
  private config: FaultConfig;
  private slowStartUntil = 0;
  private readonly rand: () => number;

  constructor(initial: FaultConfig, seed: number) {
    this.config = { ...initial };
    this.rand = createPrng(seed ^ 0x5eed_fa17);
    this.armSlowStart();
  }

  get current(): FaultConfig {
    return { ...this.config };
  }

  /** Validates (throws ZodError on bad input) and merges; slow_start_s restarts its clock. */
  patch(input: unknown): FaultConfig {
    const patch = faultPatchSchema.parse(input);
    this.config = applyFaultPatch(this.config, patch);
    if (patch.slow_start_s !== undefined) this.armSlowStart();
    return this.current;
  }

  replace(config: FaultConfig): void {
    this.config = { ...config };
    this.armSlowStart();
  }

  inSlowStart(now = Date.now()): boolean {
    return now < this.slowStartUntil;
  }

  slowStartError(now = Date.now()): InjectedError {
    const remaining = Math.max(1, Math.ceil((this.slowStartUntil - now) / 1000));
    return {
      status: 503,
      headers: { 'retry-after': String(remaining) },
      body: errorBody(503, 'The model is still loading (simulated slow start).'),
    };
  }

  /** Draws once per request so the error share is exact over many requests for a given seed. */
  shouldError(): boolean {
    const rate = this.config.error_rate;
    return rate > 0 && (rate >= 1 || this.rand() < rate);
  }

  injectedError(): InjectedError {
    const status = this.config.error_status;
    const headers: Record<string, string> = {};
    if ((status === 429 || status === 503) && this.config.retry_after_s !== undefined) {
      headers['retry-after'] = String(this.config.retry_after_s);
    }
    return { status, headers, body: errorBody(status, ERROR_MESSAGES[status] ?? 'Injected fault.') };
  }

  get hang(): boolean {
    return this.config.hang;
  }

  get dropAfterTokens(): number | null {
    return this.config.drop_after_tokens;
  }

  private armSlowStart(): void {
    this.slowStartUntil = this.config.slow_start_s > 0 ? Date.now() + this.config.slow_start_s * 1000 : 0;
  }
}
