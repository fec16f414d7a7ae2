// Runs the real Alertmanager against the committed alertmanager.yml, rewritten only where a test
// must: secret files into a temp dir, receiver URLs and SMTP to loopback sinks, group timings to
// seconds. Routing, grouping, inhibition and templates stay exactly as committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { freePort, startProcess, type RunningProcess } from './processes.js';
import { OBS_DIR } from './tools.js';

export const AM_DIR = join(OBS_DIR, 'alertmanager');
export const AM_CONFIG = join(AM_DIR, 'alertmanager.yml');
const SECRETS_PREFIX = '/etc/alertmanager/secrets/';

export interface TestConfigOptions {
  dir: string;
  /** Base URL of the HTTP sink; each receiver posts to `${sinkUrl}/${receiver name}`. */
  sinkUrl: string;
  smtpAddress: string;
  groupWait?: string;
  groupInterval?: string;
}

export interface TestConfig {
  path: string;
  /** Secret file name -> content written for it. */
  secrets: Record<string, string>;
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Point every `/etc/alertmanager/secrets/X` at a temp file holding a known value. */
function redirectSecrets(node: unknown, dir: string, secrets: Record<string, string>, sinkUrl: string): void {
  if (Array.isArray(node)) {
    for (const item of node) redirectSecrets(item, dir, secrets, sinkUrl);
    return;
  }
  if (!isNode(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string' && value.startsWith(SECRETS_PREFIX)) {
      const name = basename(value);
      secrets[name] = name === 'slack-webhook-url' ? `${sinkUrl}/slack` : `secret-${name}`;
      node[key] = join(dir, 'secrets', name);
    } else {
      redirectSecrets(value, dir, secrets, sinkUrl);
    }
  }
}

function shortenTimings(route: Node, wait: string, interval: string): void {
  route.group_wait = wait;
  route.group_interval = interval;
  for (const child of (route.routes as Node[] | undefined) ?? []) shortenTimings(child, wait, interval);
}

export function writeTestConfig(options: TestConfigOptions): TestConfig {
  const config = parse(readFileSync(AM_CONFIG, 'utf8')) as Node;
  const secrets: Record<string, string> = {};
  redirectSecrets(config, options.dir, secrets, options.sinkUrl);
  const global = config.global as Node;
  global.smtp_smarthost = options.smtpAddress;
  global.smtp_require_tls = false;
  config.templates = [join(AM_DIR, 'templates', '*.tmpl')];
  shortenTimings(config.route as Node, options.groupWait ?? '1s', options.groupInterval ?? '2s');
  for (const receiver of config.receivers as Node[]) {
    const name = String(receiver.name);
    for (const hook of (receiver.webhook_configs as Node[] | undefined) ?? []) hook.url = `${options.sinkUrl}/${name}`;
    for (const pd of (receiver.pagerduty_configs as Node[] | undefined) ?? []) pd.url = `${options.sinkUrl}/pagerduty`;
  }
  mkdirSync(join(options.dir, 'secrets'), { recursive: true });
  for (const [name, content] of Object.entries(secrets)) writeFileSync(join(options.dir, 'secrets', name), content);
  const path = join(options.dir, 'alertmanager.yml');
  writeFileSync(path, stringify(config, { lineWidth: 0 }));
  return { path, secrets };
}

export interface RunningAlertmanager extends RunningProcess {
  url: string;
}

export async function startAlertmanager(binary: string, configPath: string, dir: string): Promise<RunningAlertmanager> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = await startProcess(
    binary,
    [
      `--config.file=${configPath}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // An empty cluster address disables HA gossip, which would otherwise bind 0.0.0.0:9094.
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    `${url}/-/ready`,
  );
  return { url, ...proc };
}

export interface PostedAlert {
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  endsAt?: string;
}

export async function postAlerts(amUrl: string, alerts: PostedAlert[]): Promise<void> {
  const res = await fetch(`${amUrl}/api/v2/alerts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(alerts),
  });
  if (!res.ok) throw new Error(`POST /api/v2/alerts: ${res.status} ${await res.text()}`);
}

export interface AmAlert {
  labels: Record<string, string>;
  status: { state: string; inhibitedBy: string[]; silencedBy: string[] };
}

export async function listAlerts(amUrl: string): Promise<AmAlert[]> {
  const res = await fetch(`${amUrl}/api/v2/alerts`);
  if (!res.ok) throw new Error(`GET /api/v2/alerts: ${res.status}`);
  return (await res.json()) as AmAlert[];
}
