// The observability pack end to end: gateway + simulators + real Prometheus (shortened render of
// the committed rules) + real Alertmanager (committed routing) + loopback receivers. Healthy
// traffic raises nothing but the Watchdog; injected faults (errors, hang, stop) raise the
// expected alerts, grouped per alertname and model, with the inhibited one absent; every query of
// the pack returns data; stopping the gateway pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Received } from './http-sink.js';
import { listAlerts } from './alertmanager-harness.js';
import { promQuery, startE2EStack } from './e2e-stack.js';
import { SEMANTIC_PROMPTS, startTraffic, type Traffic } from './e2e-traffic.js';
import { loadPack, SHORT_RENDER } from './pack.js';
import { requireTool } from './tools.js';

const prometheus = requireTool('prometheus');
const alertmanager = requireTool('alertmanager');
const skip = prometheus.skip || alertmanager.skip;

/**
 * What the semantic traffic must have produced before the pack's queries are checked: each of
 * these is a path (auto-route, PII denial, jailbreak block, cache replay) a query depends on.
 */
const SEMANTIC_SIGNALS = [
  'llm_category_classifications_count{category=~"math|history"}',
  'llm_model_routing_modifications_total{source_model="auto",target_model="m4"}',
  'llm_pii_violations_total{model="m4",pii_type="EMAIL_ADDRESS"}',
  'llm_request_errors_total{model="auto",reason="pii_policy_denied"}',
  'llm_request_errors_total{model="auto",reason="jailbreak_block"}',
  'llm_request_errors_total{model="m4",reason="jailbreak_block"}',
  'llm_classifier_latency_seconds_count{classifier="category"}',
  'llm_cache_hits_total',
].map((selector) => `${selector} > 0`);

interface Hook {
  status: string;
  groupLabels: Record<string, string>;
  alerts: Array<{ status: string; labels: Record<string, string> }>;
}

const hooks = (all: Received[]): Hook[] => all.filter((r) => r.path === '/webhook').map((r) => r.body as Hook);
const firingGroups = (all: Received[]): string[] =>
  [...new Set(hooks(all).filter((h) => h.status === 'firing').map((h) => `${h.groupLabels.alertname}/${h.groupLabels.model ?? ''}`))].sort();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

test('alerts fire end to end through Prometheus and Alertmanager', { skip, timeout: 120_000 }, async () => {
  const stack = await startE2EStack({ prometheus: prometheus.path!, alertmanager: alertmanager.path! });
  const traffic: Traffic[] = [];
  try {
    const gw = stack.gateway.url;
    traffic.push(
      startTraffic(gw, 'm1', { everyMs: 100 }),
      startTraffic(gw, 'm2', { everyMs: 100 }),
      startTraffic(gw, 'm3', { everyMs: 100 }),
      startTraffic(gw, 'm1', { everyMs: 400, headers: { 'x-switchyard-client': 'chat-ui' } }),
      startTraffic(gw, 'auto', { everyMs: 200, prompts: SEMANTIC_PROMPTS.auto }),
      startTraffic(gw, 'm4', { everyMs: 300, prompts: SEMANTIC_PROMPTS.named }),
    );

    // Prometheus applies discovered targets on a 5 s tick, so until its first scrapes the
    // absent(up) rule may fire once; "healthy" starts when every target is being scraped.
    for (let i = 0; i < 100; i++) {
      const up = await promQuery(stack.promUrl, 'up == 1');
      if (up.length === stack.targets) break;
      await sleep(200);
    }
    await stack.sink.waitFor((r) => r.some((x) => x.path === '/deadmans-switch'), 20_000, 'Watchdog at the dead-man switch');
    await sleep(8_000);
    // Guard refusals are part of healthy traffic: at a steady share, SwitchyardGuardBlockSpike too
    // stays quiet.
    const noisy = await promQuery(stack.promUrl, 'count by (alertname, alertstate) (max_over_time(ALERTS{alertname!="Watchdog"}[6s]))');
    assert.deepEqual(noisy.map((r) => r.metric), [], 'healthy traffic raised (or nearly raised) alerts');
    const missing: string[] = [];
    for (const expr of SEMANTIC_SIGNALS) if ((await promQuery(stack.promUrl, expr)).length === 0) missing.push(expr);
    assert.deepEqual(missing, [], 'semantic traffic did not produce these series');
    assert.ok(stack.smtp.messages.length === 0 && !stack.sink.received.some((r) => r.path === '/slack'), 'no ticket/warning notifications');

    // Faults: m1 replicas answer 503 to half their requests (retried, one replica ejected), m2
    // hangs past the gateway's first-byte timeout, m3 stops listening.
    for (const s of stack.sims.m1) s.setFaults({ error_rate: 0.5, error_status: 503 });
    stack.sims.m2.setFaults({ hang: true });
    await stack.sims.m3.refuse();
    const expected = ['SwitchyardErrorBudgetBurn/m1', 'SwitchyardErrorBudgetBurn/m2', 'SwitchyardModelNoReadyEndpoint/m3'];
    await stack.sink.waitFor((r) => expected.every((g) => firingGroups(r).includes(g)), 40_000, `webhook groups ${expected.join(', ')}`);
    const pages = hooks(stack.sink.received).filter((h) => h.groupLabels.alertname === 'SwitchyardErrorBudgetBurn');
    assert.ok(pages.every((h) => h.alerts.every((a) => a.labels.severity === 'page' && a.labels.model === h.groupLabels.model)), 'burn groups hold one model each');
    assert.ok(stack.sink.received.some((r) => r.path === '/pagerduty'), 'pages reached PagerDuty');

    // m3's own burn alert fired in Prometheus but stays muted by its no-ready-endpoint alert.
    let m3Burn: string | undefined;
    for (let i = 0; i < 100 && !m3Burn; i++) {
      const alerts = await listAlerts(stack.am.url);
      const found = alerts.find((a) => a.labels.alertname === 'SwitchyardErrorBudgetBurn' && a.labels.model === 'm3');
      if (found) m3Burn = found.status.inhibitedBy.length > 0 ? 'inhibited' : found.status.state;
      else await sleep(200);
    }
    assert.equal(m3Burn, 'inhibited', 'ErrorBudgetBurn for m3 is inhibited by SwitchyardModelNoReadyEndpoint');
    assert.ok(!firingGroups(stack.sink.received).includes('SwitchyardErrorBudgetBurn/m3'), 'inhibited alert was delivered');

    // Every expression of the pack returns data.
    const empty: string[] = [];
    const pack = loadPack(SHORT_RENDER);
    for (const { kind, where, expr } of pack.expressions) {
      if (kind === 'alert') continue;
      const query = expr.replaceAll('$model', '.*').replaceAll('$__rate_interval', '10s');
      if ((await promQuery(stack.promUrl, query)).length === 0) empty.push(`${where}: ${expr}`);
    }
    assert.deepEqual(empty, [], 'queries without data');

    // Gateway down pages.
    await Promise.all(traffic.splice(0).map((t) => t.stop()));
    await stack.gateway.close();
    const gatewayDown = (r: Received[]): boolean =>
      hooks(r).some((h) => h.status === 'firing' && h.alerts.some((a) => a.labels.alertname === 'SwitchyardGatewayDown' && a.labels.cause === 'scrape_failed'));
    await stack.sink.waitFor(gatewayDown, 20_000, 'SwitchyardGatewayDown (scrape_failed)');
  } finally {
    await Promise.all(traffic.map((t) => t.stop()));
    await stack.close();
  }
});
