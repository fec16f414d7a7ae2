import { z } from 'zod';
import { check, type CheckId, type CheckResult } from './report.js';
import { httpErrorCode, httpGet, joinUrl, parseJsonText, type HttpProbeOptions } from './http-get.js';

const readyzSchema = z.object({
  status: z.string(),
  models: z.array(z.object({ name: z.string(), ready: z.number(), endpoints: z.array(z.object({ id: z.string(), state: z.string() })).default([]) })).default([]),
});

/** The metrics listener is a separate port: same host as the API, port from the config. */
export function deriveMetricsUrl(gatewayUrl: string, metricsPort: number): string {
  const u = new URL(gatewayUrl);
  u.port = String(metricsPort);
  u.pathname = '/metrics';
  u.search = '';
  return u.toString();
}

function unreachable(id: CheckId, url: string, err: unknown, fix: string): CheckResult {
  const code = httpErrorCode(err);
  return check({ id, section: 'gateway', target: url, status: 'fail', message: `GET ${url} failed (${code})`, fix, data: { error: code } });
}

/** `--gateway URL`: the running gateway's API and metrics ports answer, and what it reports. */
export async function checkGateway(gatewayUrl: string, metricsUrl: string, opts: HttpProbeOptions): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  const healthz = joinUrl(gatewayUrl, '/healthz');
  try {
    const r = await httpGet(healthz, opts);
    out.push(
      r.status === 200
        ? check({ id: 'gateway.healthz', section: 'gateway', target: healthz, status: 'pass', message: `GET /healthz → 200 in ${r.ms} ms`, duration_ms: r.ms })
        : check({ id: 'gateway.healthz', section: 'gateway', target: healthz, status: 'fail', message: `GET /healthz → ${r.status}`, fix: 'is this URL the Switchyard API port (default 8080)?', duration_ms: r.ms }),
    );
  } catch (err) {
    out.push(unreachable('gateway.healthz', healthz, err, 'start the gateway, check the URL and the published port (Compose: ports, not expose)'));
  }

  const readyz = joinUrl(gatewayUrl, '/readyz');
  try {
    const r = await httpGet(readyz, opts);
    const parsed = readyzSchema.safeParse(parseJsonText(r.text));
    const base = { id: 'gateway.readyz' as const, section: 'gateway' as const, target: readyz, duration_ms: r.ms };
    if (!parsed.success) {
      out.push(check({ ...base, status: 'fail', message: `GET /readyz → ${r.status}, not a Switchyard readiness summary`, fix: 'is this URL the Switchyard API port?', data: { status: r.status } }));
    } else if (r.status !== 200) {
      out.push(check({ ...base, status: 'fail', message: `GET /readyz → ${r.status} (${parsed.data.status})`, fix: 'the gateway is draining (shutting down); a new instance should take over', data: { status: r.status } }));
    } else {
      const models = parsed.data.models.map((m) => ({ name: m.name, ready: m.ready, endpoints: m.endpoints.length }));
      const empty = models.filter((m) => m.ready === 0);
      out.push(
        empty.length
          ? check({
              ...base,
              status: 'warn',
              message: `ready, but no ready endpoint for ${empty.map((m) => `"${m.name}"`).join(', ')} (requests get 503 no_ready_endpoint)`,
              fix: 'run doctor with the same --config where the gateway runs to see why the endpoints are not ready',
              data: { models },
            })
          : check({ ...base, status: 'pass', message: `ready: ${models.map((m) => `${m.name} ${m.ready}/${m.endpoints}`).join(', ') || 'no models'}`, data: { models } }),
      );
    }
  } catch (err) {
    out.push(unreachable('gateway.readyz', readyz, err, 'start the gateway and check the URL'));
  }

  try {
    const r = await httpGet(metricsUrl, opts);
    const base = { id: 'gateway.metrics' as const, section: 'gateway' as const, target: metricsUrl, duration_ms: r.ms };
    const ours = /^llm_[a-z_]+/m.test(r.text);
    out.push(
      r.status === 200 && ours
        ? check({ ...base, status: 'pass', message: `GET /metrics → 200 with llm_* series in ${r.ms} ms` })
        : check({ ...base, status: 'fail', message: `GET /metrics → ${r.status}${r.status === 200 ? ' without llm_* series' : ''}`, fix: 'is this the Switchyard metrics port (metrics.port, default 9190)? pass --metrics URL if it is mapped elsewhere' }),
    );
  } catch (err) {
    out.push(unreachable('gateway.metrics', metricsUrl, err, 'publish the metrics port (default 9190) and set metrics.host: 0.0.0.0, or pass --metrics URL'));
  }
  return out;
}
