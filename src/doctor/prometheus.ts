import { z } from 'zod';
import { check, type CheckResult } from './report.js';
import { httpErrorCode, httpGet, joinUrl, parseJsonText, type HttpProbeOptions } from './http-get.js';

const targetsSchema = z.object({
  status: z.literal('success'),
  data: z.object({
    activeTargets: z.array(
      z.object({
        labels: z.record(z.string(), z.string()).default({}),
        scrapeUrl: z.string().default(''),
        health: z.string(),
        lastError: z.string().default(''),
      }),
    ),
  }),
});

const querySchema = z.object({
  status: z.literal('success'),
  data: z.object({ result: z.array(z.object({ metric: z.record(z.string(), z.string()) })) }),
});

/** Present as soon as the gateway has a config: one per endpoint. Without it nothing else works. */
export const REQUIRED_SERIES = ['llm_endpoint_up'] as const;
/** Appear with the first request; missing only means no traffic yet. */
export const TRAFFIC_SERIES = ['llm_model_requests_total', 'llm_model_completion_latency_seconds_bucket'] as const;

/** `--prometheus URL`: the gateway is scraped (target UP) and its series are queryable. */
export async function checkPrometheus(promUrl: string, job: string, opts: HttpProbeOptions): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  const targetsUrl = joinUrl(promUrl, '/api/v1/targets?state=active');
  const tBase = { id: 'prometheus.target' as const, section: 'prometheus' as const, target: targetsUrl };
  try {
    const r = await httpGet(targetsUrl, opts);
    const parsed = targetsSchema.safeParse(parseJsonText(r.text));
    if (!parsed.success) {
      out.push(check({ ...tBase, status: 'fail', message: `GET /api/v1/targets → ${r.status}, not a Prometheus API answer`, fix: 'pass the Prometheus base URL, e.g. http://prometheus:9090' }));
    } else {
      const mine = parsed.data.data.activeTargets.filter((t) => t.labels.job === job);
      const down = mine.filter((t) => t.health !== 'up');
      const data = { job, targets: mine.map((t) => ({ instance: t.labels.instance ?? '', health: t.health, scrape_url: t.scrapeUrl, last_error: t.lastError })) };
      if (mine.length === 0) {
        const jobs = [...new Set(parsed.data.data.activeTargets.map((t) => t.labels.job ?? ''))].sort();
        out.push(
          check({
            ...tBase,
            status: 'fail',
            message: `no active target with job="${job}" (jobs: ${jobs.join(', ') || 'none'})`,
            fix: 'add a scrape job for the gateway metrics port (deploy/compose/prometheus.yml), or check the ServiceMonitor selects the Service port named "metrics"; --prometheus-job NAME if it is named differently',
            data,
          }),
        );
      } else if (down.length > 0) {
        const d = down[0]!;
        out.push(
          check({
            ...tBase,
            status: 'fail',
            message: `${down.length} of ${mine.length} "${job}" targets ${d.health}: ${d.scrapeUrl} ${d.lastError}`.trim(),
            fix: 'Prometheus cannot scrape the metrics port: check metrics.host is 0.0.0.0, the port, and NetworkPolicies between Prometheus and the gateway',
            data,
          }),
        );
      } else {
        out.push(check({ ...tBase, status: 'pass', message: `${mine.length} "${job}" target(s) up`, data }));
      }
    }
  } catch (err) {
    const code = httpErrorCode(err);
    out.push(check({ ...tBase, status: 'fail', message: `cannot reach Prometheus (${code})`, fix: 'check the --prometheus URL and that Prometheus is running', data: { error: code } }));
    return out;
  }

  const names = [...REQUIRED_SERIES, ...TRAFFIC_SERIES];
  const query = `count by (__name__) ({job="${job}",__name__=~"${names.join('|')}"})`;
  const qUrl = joinUrl(promUrl, `/api/v1/query?query=${encodeURIComponent(query)}`);
  const sBase = { id: 'prometheus.series' as const, section: 'prometheus' as const, target: qUrl };
  try {
    const r = await httpGet(qUrl, opts);
    const parsed = querySchema.safeParse(parseJsonText(r.text));
    if (!parsed.success) {
      out.push(check({ ...sBase, status: 'fail', message: `query → ${r.status}, not a Prometheus API answer`, fix: 'pass the Prometheus base URL' }));
      return out;
    }
    const present = new Set(parsed.data.data.result.map((x) => x.metric.__name__ ?? ''));
    const missingRequired = REQUIRED_SERIES.filter((n) => !present.has(n));
    const missingTraffic = TRAFFIC_SERIES.filter((n) => !present.has(n));
    const data = { job, present: [...present].sort(), missing: [...missingRequired, ...missingTraffic] };
    if (missingRequired.length) {
      out.push(
        check({ ...sBase, status: 'fail', message: `no ${missingRequired.join(', ')} series with job="${job}"`, fix: 'the gateway is not scraped under this job, or has no models configured', data }),
      );
    } else if (missingTraffic.length) {
      out.push(check({ ...sBase, status: 'warn', message: `${missingTraffic.join(', ')} absent: no requests seen yet`, fix: 'send one request through the gateway, then look again', data }));
    } else {
      out.push(check({ ...sBase, status: 'pass', message: `expected series present: ${names.join(', ')}`, data }));
    }
  } catch (err) {
    const code = httpErrorCode(err);
    out.push(check({ ...sBase, status: 'fail', message: `query failed (${code})`, fix: 'check the --prometheus URL', data: { error: code } }));
  }
  return out;
}
