// docs/observability.md and docs/runbooks.md stay in step with the pack: every alert has a
// runbook section its runbook_url lands on, and every alert and known metric is documented.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runbookAnchor } from '../../scripts/observability/rule-types.js';
import { KNOWN_METRICS } from './known-metrics.js';
import { loadPack } from './pack.js';
import { REPO_ROOT } from './tools.js';

const pack = loadPack();
const alertNames = [...new Set(pack.alerts.map((a) => a.rule.alert))];
const runbooks = readFileSync(join(REPO_ROOT, 'docs/runbooks.md'), 'utf8');
const guide = readFileSync(join(REPO_ROOT, 'docs/observability.md'), 'utf8');

/** GitHub's heading anchor: lowercase, spaces to dashes, punctuation dropped. */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+)$/gm)) {
    found.add(m[1]!.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-'));
  }
  return found;
}

test('every alert has a runbook section and its runbook_url points at it', () => {
  const sections = anchors(runbooks);
  for (const a of pack.alerts) {
    const anchor = runbookAnchor(a.rule.alert);
    assert.ok(sections.has(anchor), `docs/runbooks.md has no section #${anchor}`);
    assert.equal(a.rule.annotations.runbook_url, `${pack.params.runbook_base_url}#${anchor}`);
  }
});

test('every runbook section belongs to an alert', () => {
  const headings = [...runbooks.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
  assert.deepEqual(headings.sort(), [...alertNames].sort());
});

test('the guide documents every alert and every gateway and vLLM metric', () => {
  for (const name of alertNames) assert.ok(guide.includes(`| \`${name}\` |`), `alert table lacks ${name}`);
  for (const m of KNOWN_METRICS.filter((k) => k.source === 'gateway' || k.source === 'vllm')) {
    assert.ok(guide.includes(`| \`${m.name}\` | ${m.type} |`), `metric table lacks ${m.name} (${m.type})`);
  }
});
