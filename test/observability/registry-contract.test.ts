// The known-metrics list is the contract between the observability pack and the code: the
// gateway's GatewayMetrics registry and the vLLM simulator's registry must expose exactly the
// names, types and labels the pack's queries were written against. The latency thresholds must
// also sit below the largest finite bucket, or histogram_quantile can never cross them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Registry } from 'prom-client';
import { GatewayMetrics } from '../../src/metrics/registry.js';
import { SimMetrics } from '../../src/sim/metrics.js';
import { KNOWN_METRICS, type KnownMetric } from './known-metrics.js';
import { loadPack } from './pack.js';

interface Exposed {
  name: string;
  type: string;
  labels: string[];
}

/** Names, types and label names of a registry, read from prom-client's metric objects. */
function exposed(registry: Registry): Exposed[] {
  return registry.getMetricsAsArray().map((m) => {
    // labelNames is public on prom-client metric objects but missing from its typings.
    const raw = m as unknown as { name: string; labelNames?: readonly string[] };
    return { name: raw.name, type: '', labels: [...(raw.labelNames ?? [])].sort() };
  });
}

async function types(registry: Registry): Promise<Map<string, string>> {
  return new Map((await registry.getMetricsAsJSON()).map((m) => [m.name, String(m.type)]));
}

function expected(source: KnownMetric['source']): Exposed[] {
  return KNOWN_METRICS.filter((m) => m.source === source).map((m) => ({ name: m.name, type: m.type, labels: [...m.labels].sort() }));
}

function byName(list: Exposed[]): Exposed[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name));
}

test('gateway registry exposes exactly the known gateway metrics', async () => {
  const metrics = new GatewayMetrics({ defaultMetrics: false });
  const typeOf = await types(metrics.registry);
  const actual = exposed(metrics.registry).map((m) => ({ ...m, type: typeOf.get(m.name) ?? '' }));
  assert.deepEqual(byName(actual), byName(expected('gateway')));
});

test('known process metrics are among prom-client defaults the gateway registers', async () => {
  const metrics = new GatewayMetrics();
  const names = new Set((await metrics.registry.getMetricsAsJSON()).map((m) => m.name));
  for (const m of KNOWN_METRICS.filter((k) => k.source === 'process')) assert.ok(names.has(m.name), m.name);
});

test('vLLM simulator exposes every known vLLM metric with its labels', async () => {
  const sim = new SimMetrics('m', () => ({ running: 0, waiting: 0, maxConcurrency: 1, runningTokens: 0 }));
  const typeOf = await types(sim.registry);
  const actual = new Map(exposed(sim.registry).map((m) => [m.name, { ...m, type: typeOf.get(m.name) ?? '' }]));
  for (const want of expected('vllm')) assert.deepEqual(actual.get(want.name), want, want.name);
});

test('latency thresholds sit below the largest finite bucket of their histogram', () => {
  const metrics = new GatewayMetrics({ defaultMetrics: false });
  const bounds = (h: unknown): number => Math.max(...((h as { upperBounds: number[] }).upperBounds));
  const { ttft_p95, e2e_p95 } = loadPack().params.alerts;
  for (const [name, histogram, p] of [
    ['ttft', metrics.ttft, ttft_p95],
    ['e2e', metrics.completionLatency, e2e_p95],
  ] as const) {
    const top = bounds(histogram);
    const thresholds = [p.warning_seconds, p.page_seconds, ...Object.values(p.per_model).flatMap((o) => [o.warning_seconds, o.page_seconds])];
    for (const t of thresholds) assert.ok(t < top, `${name} threshold ${t}s >= largest bucket ${top}s`);
  }
});
