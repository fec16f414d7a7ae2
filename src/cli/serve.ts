import { watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { configPathFrom, loadConfigFile, type Config } from '../config/load.js';
import { createLogger } from '../logging/logger.js';
import type { Simulator } from '../sim/index.js';
import { Gateway } from '../gateway.js';
import { gatewayFeatures } from '../features.js';
import { startDemo } from './demo-config.js';

const help = `switchyard serve [--config FILE]

  --config FILE   YAML config (or set SWITCHYARD_CONFIG). Without one, an embedded demo starts
                  with two simulated replicas of the model "switchyard-demo".
  -h, --help      this text

Signals: SIGHUP reloads the config (so does saving the file, or POST /admin/reload);
SIGTERM/SIGINT drain in-flight requests (server.drain_timeout_ms) and exit 0.
`;

export async function runServeCommand(argv: string[]): Promise<number | void> {
  const { values } = parseArgs({ args: argv, options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const path = configPathFrom(values.config);
  let config: Config;
  let sims: Simulator[] = [];
  if (path) config = await loadConfigFile(path);
  else ({ config, sims } = await startDemo());
  const log = createLogger(config.logging.level);
  const gw = await Gateway.start({ config, log, configPath: path, ...(await gatewayFeatures(config, log)) });
  const models = config.models.map((m) => m.name).join(', ');
  process.stdout.write(
    [
      '',
      `Switchyard is listening (${config.source})`,
      `  OpenAI API   ${gw.url}/v1   models: ${models}${config.routing ? `, ${config.routing.auto_model}` : ''}`,
      config.ui.enabled ? `  Chat UI      ${gw.url}${config.ui.path}` : '',
      `  Status       ${gw.url}/status   readiness ${gw.url}/readyz`,
      gw.metricsUrl ? `  Metrics      ${gw.metricsUrl}/metrics` : '',
      sims.length ? `  Simulated replicas: ${sims.map((s) => s.url).join(', ')}` : '',
      `  Try: curl ${gw.url}/v1/chat/completions -H 'content-type: application/json' \\`,
      `         -d '{"model":"${config.models[0]!.name}","messages":[{"role":"user","content":"Hello"}]}'`,
      '',
    ]
      .filter((l) => l !== '')
      .join('\n') + '\n',
  );

  const reload = (why: string) => {
    log.info({ why }, 'reloading config');
    void gw.reload();
  };
  process.on('SIGHUP', () => reload('SIGHUP'));
  if (path) {
    let debounce: NodeJS.Timeout | undefined;
    // Watch the directory, not the file: editors replace files (a watch on the old inode goes
    // silent) and Kubernetes updates a mounted ConfigMap by swapping its `..data` symlink.
    const name = basename(path);
    watch(dirname(resolve(path)), { persistent: false }, (_event, file) => {
      if (file !== null && file !== name && !file.startsWith('..')) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => reload('config file changed'), 200);
    });
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await gw.shutdown();
    await Promise.all(sims.map((s) => s.close()));
    log.flush();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  await new Promise(() => undefined);
}
