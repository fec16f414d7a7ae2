/** `switchyard sim`: run the simulator as a process until SIGINT/SIGTERM. */
import { parseArgs } from 'node:util';
import { startSimulator } from './server.js';
import { DEFAULT_MODEL, type FaultPatch, type SimOptions } from './options.js';

const USAGE = `Usage: switchyard sim [options]

Runs a vLLM-compatible simulator (OpenAI API, /health, /metrics, /admin/*).

Options:
  --port N                 port to listen on (default 8000; 0 picks a free port)
  --host H                 address to bind (default 0.0.0.0)
  --model NAME             served model name (default ${DEFAULT_MODEL})
  --ttft-ms N              time to first token in ms (default 120)
  --itl-ms N               inter-token latency in ms (default 15)
  --jitter F               relative jitter 0..1 on TTFT and ITL (default 0.2)
  --max-tokens N           hard cap on completion tokens
  --max-concurrency N      running requests before new ones queue (default 0 = unlimited)
  --output-tokens N        reply length when the request has no max_tokens (default 16)
  --error-rate F           share 0..1 of requests answered with an injected error
  --error-status S         status of injected errors: 429, 500 or 503 (default 500)
  --hang                   accept requests and never answer
  --drop-after-tokens N    destroy the connection after N streamed tokens
  --slow-start-s N         answer 503 on /health and inference for N seconds
  --reply TEXT             fixed reply text instead of seeded words
  --seed N                 PRNG seed (default 42)
  -h, --help               show this help
`;

/** Numeric flags with the option they map to. */
const NUMERIC = {
  port: 'port', 'ttft-ms': 'ttftMs', 'itl-ms': 'itlMs', jitter: 'jitter', 'max-tokens': 'maxTokens',
  'max-concurrency': 'maxConcurrency', 'output-tokens': 'outputTokens', seed: 'seed',
} as const;

function toNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new Error(`--${flag} expects a number, got "${raw}"`);
  return n;
}

export function parseSimArgs(argv: string[]): SimOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      host: { type: 'string' },
      model: { type: 'string' },
      reply: { type: 'string' },
      hang: { type: 'boolean' },
      'error-rate': { type: 'string' },
      'error-status': { type: 'string' },
      'drop-after-tokens': { type: 'string' },
      'slow-start-s': { type: 'string' },
      ...Object.fromEntries(Object.keys(NUMERIC).map((k) => [k, { type: 'string' as const }])),
    },
  });
  if (values.help) return 'help';
  const str = (k: string): string | undefined => {
    const v = (values as Record<string, string | boolean | undefined>)[k];
    return typeof v === 'string' ? v : undefined;
  };
  const opts: SimOptions = {
    host: str('host') ?? '0.0.0.0',
    port: 8000,
    model: str('model') ?? DEFAULT_MODEL,
    ttftMs: 120,
    itlMs: 15,
    jitter: 0.2,
    reply: str('reply') ?? null,
  };
  for (const [flag, key] of Object.entries(NUMERIC)) {
    const n = toNumber(flag, str(flag));
    if (n !== undefined) opts[key] = n;
  }
  const faults: FaultPatch = {};
  const errorRate = toNumber('error-rate', str('error-rate'));
  if (errorRate !== undefined) faults.error_rate = errorRate;
  const status = toNumber('error-status', str('error-status'));
  if (status !== undefined) {
    if (status !== 429 && status !== 500 && status !== 503) throw new Error('--error-status must be 429, 500 or 503');
    faults.error_status = status;
  }
  if (values.hang) faults.hang = true;
  const drop = toNumber('drop-after-tokens', str('drop-after-tokens'));
  if (drop !== undefined) faults.drop_after_tokens = drop;
  const slow = toNumber('slow-start-s', str('slow-start-s'));
  if (slow !== undefined) faults.slow_start_s = slow;
  opts.faults = faults;
  return opts;
}

export async function runSimCommand(argv: string[]): Promise<number> {
  let opts: SimOptions | 'help';
  try {
    opts = parseSimArgs(argv);
  } catch (err) {
    process.stderr.write(`switchyard sim: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  let sim;
  try {
    sim = await startSimulator(opts);
  } catch (err) {
    process.stderr.write(`switchyard sim: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  process.stdout.write(`switchyard sim: serving model "${opts.model}" at ${sim.url} (bound ${opts.host}:${sim.port})\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  process.stdout.write(`switchyard sim: ${signal}, shutting down\n`);
  await sim.close();
  return 0;
}
