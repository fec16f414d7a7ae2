import { parseArgs } from 'node:util';
import { configPathFrom } from '../config/load.js';
import { formatReport } from './format.js';
import { runDoctor, type DoctorOptions } from './run-doctor.js';

const USAGE = `Usage: switchyard doctor [--config FILE] [--gateway URL] [--prometheus URL] [--json]

Checks what usually breaks a gateway deployment: DNS (A/AAAA), TCP connect (refused vs
dropped), each replica's /health and /v1/models (is the configured model served?), latency,
localhost inside containers, loopback listen addresses, a running gateway, its Prometheus target.
Needs no running gateway. Exit code 1 when a check fails; warnings do not fail.

Options:
  --config FILE            gateway config to check (default: $SWITCHYARD_CONFIG)
  --gateway URL            also check a running gateway: /healthz, /readyz, metrics port
  --metrics URL            the gateway's metrics URL (default: gateway host, metrics.port, /metrics)
  --prometheus URL         also check Prometheus: the gateway target is up, its series exist
  --prometheus-job NAME    job label of the gateway target (default: switchyard)
  --connect-timeout-ms N   TCP connect timeout per address (default: 3000)
  --json                   print the report as JSON (shape: docs/doctor.md)
  -h, --help               show this help
`;

export interface DoctorIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Tests pin the environment and timeouts; the CLI never sets this. */
  overrides?: Partial<DoctorOptions>;
}

const defaultIo: DoctorIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
};

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      config: { type: 'string' },
      gateway: { type: 'string' },
      metrics: { type: 'string' },
      prometheus: { type: 'string' },
      'prometheus-job': { type: 'string' },
      'connect-timeout-ms': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
}

function checkUrl(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^/]/i.test(value)) throw new Error(`--${flag} expects an http:// or https:// URL, got "${value}"`);
  return value;
}

/** `switchyard doctor`: 0 when nothing failed, 1 when a check failed, 2 on a usage error. */
export async function runDoctorCommand(argv: string[], io: DoctorIo = defaultIo): Promise<number> {
  let opts: DoctorOptions;
  let json: boolean;
  try {
    const v = parse(argv);
    if (v.help) {
      io.stdout(USAGE);
      return 0;
    }
    json = v.json;
    const timeout = v['connect-timeout-ms'] === undefined ? undefined : Number(v['connect-timeout-ms']);
    if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) throw new Error('--connect-timeout-ms expects a positive integer');
    opts = {
      configPath: configPathFrom(v.config, io.env),
      gatewayUrl: checkUrl('gateway', v.gateway),
      metricsUrl: checkUrl('metrics', v.metrics),
      prometheusUrl: checkUrl('prometheus', v.prometheus),
      prometheusJob: v['prometheus-job'],
      connectTimeoutMs: timeout,
      env: io.env,
      ...io.overrides,
    };
  } catch (err) {
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const report = await runDoctor(opts);
  io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.ok ? 0 : 1;
}
