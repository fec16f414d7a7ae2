// The real promtool: rules lint clean, prometheus.yml (production and shortened render) is valid,
// the unit tests in deploy/observability/prometheus/tests pass, and they cover every alert rule
// firing and every alert staying quiet on healthy data.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { inRepo, RENDERED } from '../../scripts/observability/paths.js';
import type { AlertingRule, RuleGroup } from '../../scripts/observability/rule-types.js';
import { writeShortRender } from './pack.js';
import { OBS_DIR, requireTool, run } from './tools.js';

const promtool = requireTool('promtool');
const TESTS_DIR = join(OBS_DIR, 'prometheus/tests');
const ruleFiles = [RENDERED.recordingRules, RENDERED.alertRules].map(inRepo);
const testFiles = readdirSync(TESTS_DIR).filter((f) => f.endsWith('.test.yml')).map((f) => join(TESTS_DIR, f));

interface UnitTestFile {
  tests: Array<{
    name: string;
    interval?: string;
    alert_rule_test?: Array<{ alertname: string; exp_alerts?: Array<{ exp_labels?: Record<string, string> }> }>;
  }>;
}

test('promtool check rules: valid, no lint findings', { skip: promtool.skip }, async () => {
  const out = await run(promtool.path!, ['check', 'rules', '--lint=all', '--lint-fatal', ...ruleFiles]);
  assert.equal(out.code, 0, out.stdout + out.stderr);
  assert.doesNotMatch(out.stdout + out.stderr, /lint|warning/i);
});

test('promtool check config: committed and shortened prometheus.yml', { skip: promtool.skip }, async () => {
  const committed = await run(promtool.path!, ['check', 'config', '--lint=all', '--lint-fatal', inRepo(RENDERED.prometheusConfig)]);
  assert.equal(committed.code, 0, committed.stdout + committed.stderr);
  const dir = mkdtempSync(join(tmpdir(), 'sy-obs-short-'));
  try {
    const config = writeShortRender(dir, { gateway: ['127.0.0.1:1'], vllm: ['127.0.0.1:2'], alertmanager: ['127.0.0.1:3'] });
    const short = await run(promtool.path!, ['check', 'config', '--lint=all', '--lint-fatal', config]);
    assert.equal(short.code, 0, short.stdout + short.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('promtool test rules: every unit test passes', { skip: promtool.skip }, async () => {
  assert.ok(testFiles.length >= 5, 'unit test files missing');
  // One promtool per file, in parallel: the SLO file alone evaluates 3h of 1m steps.
  const results = await Promise.all(testFiles.map((f) => run(promtool.path!, ['test', 'rules', f])));
  for (const out of results) assert.equal(out.code, 0, out.stdout + out.stderr);
});

test('unit tests fire every alert rule and keep every alert quiet on healthy data', () => {
  const alertDoc = parse(readFileSync(inRepo(RENDERED.alertRules), 'utf8')) as { groups: RuleGroup[] };
  const rules = alertDoc.groups.flatMap((g) => g.rules as AlertingRule[]);
  const firing: Array<Record<string, string>> = [];
  const quiet = new Set<string>();
  for (const file of testFiles) {
    const doc = parse(readFileSync(file, 'utf8')) as UnitTestFile;
    for (const t of doc.tests) {
      assert.ok(t.interval, `${file}: test "${t.name}" needs an explicit interval (promtool 2.42 defaults differ)`);
      const firesIn = new Set<string>();
      const checkedIn = new Set<string>();
      for (const a of t.alert_rule_test ?? []) {
        checkedIn.add(a.alertname);
        for (const e of a.exp_alerts ?? []) {
          firesIn.add(a.alertname);
          firing.push({ alertname: a.alertname, ...e.exp_labels });
        }
      }
      // A quiet case is a test in which the alert is checked and never expected to fire (an
      // empty exp_alerts before a later firing check only proves `for`).
      for (const name of checkedIn) if (!firesIn.has(name)) quiet.add(name);
    }
  }
  for (const rule of rules) {
    const covered = firing.some((f) => f.alertname === rule.alert && Object.entries(rule.labels).every(([k, v]) => f[k] === v));
    assert.ok(covered, `no firing test for ${rule.alert} ${JSON.stringify(rule.labels)}`);
    // The Watchdog fires by design; "quiet on healthy data" does not apply to it.
    if (rule.alert !== 'Watchdog') assert.ok(quiet.has(rule.alert), `no quiet-on-healthy test for ${rule.alert}`);
  }
});
