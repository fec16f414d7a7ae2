// The committed render is exactly what the generator produces from rules.params.yml, and the
// shortened render used end to end differs only in windows, holds and intervals.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { formatDuration, parseDuration } from '../../scripts/observability/duration.js';
import { thresholdExpr } from '../../scripts/observability/latency-alerts.js';
import { loadParams, parseParams } from '../../scripts/observability/params.js';
import { inRepo, PARAMS_FILE, RENDERED } from '../../scripts/observability/paths.js';
import { renderAll } from '../../scripts/observability/render.js';
import type { AlertingRule, RuleGroup } from '../../scripts/observability/rule-types.js';
import { SHORT_RENDER } from './pack.js';

const paramsPath = inRepo(PARAMS_FILE);
const params = loadParams(paramsPath);

function alertsOf(files: Map<string, string>): AlertingRule[] {
  const doc = parse(files.get(RENDERED.alertRules)!) as { groups: RuleGroup[] };
  return doc.groups.flatMap((g) => g.rules as AlertingRule[]);
}

test('committed render equals a fresh render (run: npx tsx scripts/render-rules.ts)', () => {
  for (const [path, text] of renderAll(params)) {
    // The PrometheusRule is checked where kustomize reads it: test/deploy/kubernetes.test.ts.
    if (path === RENDERED.prometheusRule) continue;
    assert.equal(readFileSync(inRepo(path), 'utf8'), text, `${path} is stale`);
  }
});

test('durations round-trip in the largest exact unit', () => {
  for (const text of ['500ms', '1s', '5m', '1h', '1d', '3d', '90s']) assert.equal(formatDuration(parseDuration(text)), text);
  assert.equal(formatDuration(parseDuration('1h') / 60), '1m');
  assert.equal(formatDuration(parseDuration('5m') / 60), '5s');
  assert.throws(() => parseDuration('1h30m'));
});

test('params reject unknown keys and out-of-range targets', () => {
  const text = readFileSync(paramsPath, 'utf8');
  assert.throws(() => parseParams(text.replace('availability_target: 0.995', 'availability_target: 1.5')), /availability_target/);
  assert.throws(() => parseParams(text.replace('max_per_hour: 50', 'max_per_hour: 50\n    max_per_day: 9')), /cost_burn/);
  assert.throws(() => parseParams(text.replace("for: 1m\n  no_ready", "for: 1 minute\n  no_ready")), /duration/);
});

test('the shortened render divides windows and holds but keeps names and thresholds', () => {
  const prod = alertsOf(renderAll(params));
  const short = alertsOf(renderAll(params, SHORT_RENDER));
  assert.equal(short.length, prod.length);
  const burn = short.find((a) => a.alert === 'SwitchyardErrorBudgetBurn' && a.labels.long_window === '1h')!;
  assert.equal(burn.for, '2s');
  assert.match(burn.expr, /model:llm_slo_errors:ratio_rate1h > \(14\.4 \* \(1 - 0\.995\)\)/);
  assert.match(burn.expr, /rate1h \* 60 >= 10/, 'min-requests math uses the rendered window length');
  for (const [p, s] of prod.map((a, i) => [a, short[i]!] as const)) {
    assert.equal(s.alert, p.alert);
    assert.deepEqual(s.labels, p.labels);
    if (p.for) assert.equal(parseDuration(s.for!), parseDuration(p.for) / 60, `${p.alert} for`);
  }
  const recording = renderAll(params, SHORT_RENDER).get(RENDERED.recordingRules)!;
  assert.match(recording, /record: model:llm_model_requests:rate3d\n\s+expr: sum by \(model\) \(rate\(llm_model_requests_total\[72m\]\)\)/);
  assert.match(renderAll(params, SHORT_RENDER).get(RENDERED.prometheusConfig)!, /scrape_interval: 1s/);
});

test('per-model latency overrides render as branches that exclude each other', () => {
  const p = { ...params.alerts.ttft_p95, per_model: { big: { warning_seconds: 4, page_seconds: 10 } } };
  assert.equal(
    thresholdExpr('s', p, 'page_seconds'),
    `(s{model!="big"} > ${params.alerts.ttft_p95.page_seconds})\nor\n(s{model="big"} > 10)`,
  );
  assert.equal(thresholdExpr('s', params.alerts.ttft_p95, 'warning_seconds'), `s > ${params.alerts.ttft_p95.warning_seconds}`);
});

test('every alert has severity, summary, description, value and a runbook anchor', () => {
  for (const a of alertsOf(renderAll(params))) {
    assert.match(a.labels.severity ?? '', /^(page|ticket|warning|none)$/, a.alert);
    for (const key of ['summary', 'description', 'value', 'runbook_url']) assert.ok(a.annotations[key], `${a.alert} lacks ${key}`);
    assert.equal(a.annotations.runbook_url, `docs/runbooks.md#${a.alert.toLowerCase()}`);
    if (a.alert !== 'Watchdog') {
      assert.ok(a.for, `${a.alert} has no for`);
      assert.match(a.annotations.description!, /\{\{ \$(value|labels)/, `${a.alert} description shows no value/labels`);
    }
  }
});
