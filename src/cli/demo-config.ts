import { startSimulator, type Simulator } from '../sim/index.js';
import { buildConfig, type Config } from '../config/load.js';

export const DEMO_MODEL = 'switchyard-demo';

/**
 * `npm start` with no config: two simulated replicas of one demo model on loopback, so a newcomer
 * can curl the gateway and open the chat UI before owning a GPU. Ports can be overridden with
 * PORT / METRICS_PORT.
 */
export async function startDemo(env: NodeJS.ProcessEnv = process.env): Promise<{ config: Config; sims: Simulator[] }> {
  const sims = await Promise.all(
    [0, 1].map(() => startSimulator({ model: DEMO_MODEL, port: 0, host: '127.0.0.1', ttftMs: 150, itlMs: 25, jitter: 0.2, outputTokens: 60, maxTokens: 512 })),
  );
  const config = buildConfig(
    {
      server: { host: env.HOST ?? '0.0.0.0', port: Number(env.PORT ?? 8080) },
      metrics: { host: env.HOST ?? '0.0.0.0', port: Number(env.METRICS_PORT ?? 9190) },
      health_check: { interval_ms: 2_000 },
      models: [{ name: DEMO_MODEL, endpoints: sims.map((s) => ({ url: s.url })), pricing: { currency: 'USD', prompt_per_1m: 0.1, completion_per_1m: 0.3 } }],
      routing: { auto_model: 'auto', default_model: DEMO_MODEL },
    },
    '(embedded demo)',
  );
  return { config, sims };
}
