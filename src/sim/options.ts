import { z } from 'zod';

/** Status codes the simulator can inject; these are the ones gateways treat as retryable. */
export type InjectableStatus = 429 | 500 | 503;

export interface FaultConfig {
  /** Share of inference requests (0..1) answered with an injected error. */
  error_rate: number;
  error_status: InjectableStatus;
  /** Sent as Retry-After on injected 429/503 when set. */
  retry_after_s?: number;
  /** Accept the request and never answer until the client disconnects. */
  hang: boolean;
  /** Stream: destroy the socket after N tokens; non-stream: destroy it instead of answering. */
  drop_after_tokens: number | null;
  /** Health and inference answer 503 for this many seconds from the moment it is set. */
  slow_start_s: number;
}

export interface SimOptions {
  model?: string;
  port?: number;
  host?: string;
  ttftMs?: number;
  itlMs?: number;
  /** Relative jitter (0..1) applied to TTFT and every inter-token gap. */
  jitter?: number;
  /** Hard cap on completion tokens, like vLLM's max_model_len pressure. */
  maxTokens?: number;
  /** Requests beyond this many running ones wait in a FIFO queue. 0 = unlimited. */
  maxConcurrency?: number;
  /** Reply length when the request gives no max_tokens. */
  outputTokens?: number;
  /** Partial FaultConfig; `retry_after_s: null` clears it. */
  faults?: FaultPatch;
  reply?: string | null;
  seed?: number;
}

export type ResolvedSimOptions = Required<Omit<SimOptions, 'faults' | 'reply'>> & {
  faults: FaultConfig;
  reply: string | null;
};

export const DEFAULT_MODEL = 'sim-model';

export function defaultFaults(): FaultConfig {
  return { error_rate: 0, error_status: 500, hang: false, drop_after_tokens: null, slow_start_s: 0 };
}

const injectableStatus = z.union([z.literal(429), z.literal(500), z.literal(503)]);
const nonNegative = z.number().finite().min(0);

/** Validates a partial FaultConfig coming from the admin endpoint (parsed JSON boundary). */
export const faultPatchSchema = z
  .object({
    error_rate: nonNegative.max(1),
    error_status: injectableStatus,
    retry_after_s: nonNegative.nullable(),
    hang: z.boolean(),
    drop_after_tokens: z.number().int().min(0).nullable(),
    slow_start_s: nonNegative,
  })
  .partial()
  .strict();

export type FaultPatch = z.infer<typeof faultPatchSchema>;

const simOptionsSchema = z.object({
  model: z.string().min(1),
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  ttftMs: nonNegative,
  itlMs: nonNegative,
  jitter: nonNegative.max(1),
  maxTokens: z.number().int().min(1),
  maxConcurrency: z.number().int().min(0),
  outputTokens: z.number().int().min(0),
  seed: z.number().int(),
});

/** Library defaults are tuned for tests: no latency, loopback only. The CLI supplies realistic ones. */
export function resolveOptions(opts: SimOptions): ResolvedSimOptions {
  const base = simOptionsSchema.parse({
    model: opts.model ?? DEFAULT_MODEL,
    port: opts.port ?? 0,
    host: opts.host ?? '127.0.0.1',
    ttftMs: opts.ttftMs ?? 0,
    itlMs: opts.itlMs ?? 0,
    jitter: opts.jitter ?? 0,
    maxTokens: opts.maxTokens ?? 1_000_000,
    maxConcurrency: opts.maxConcurrency ?? 0,
    outputTokens: opts.outputTokens ?? 16,
    seed: opts.seed ?? 42,
  });
  const faults = applyFaultPatch(defaultFaults(), faultPatchSchema.parse(opts.faults ?? {}));
  return { ...base, faults, reply: opts.reply ?? null };
}

export function applyFaultPatch(current: FaultConfig, patch: FaultPatch): FaultConfig {
  const next: FaultConfig = { ...current };
  if (patch.error_rate !== undefined) next.error_rate = patch.error_rate;
  if (patch.error_status !== undefined) next.error_status = patch.error_status;
  if (patch.retry_after_s === null) delete next.retry_after_s;
  else if (patch.retry_after_s !== undefined) next.retry_after_s = patch.retry_after_s;
  if (patch.hang !== undefined) next.hang = patch.hang;
  if (patch.drop_after_tokens !== undefined) next.drop_after_tokens = patch.drop_after_tokens;
  if (patch.slow_start_s !== undefined) next.slow_start_s = patch.slow_start_s;
  return next;
}
