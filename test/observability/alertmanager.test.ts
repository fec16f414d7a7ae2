// alertmanager.yml with the real amtool and Alertmanager: valid config, severity routing, and a
// live run proving grouping by alertname+model, the three inhibition rules, silences, secrets
// read from files and templates that carry model, endpoint, value and runbook link.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AM_CONFIG, listAlerts, postAlerts, startAlertmanager, writeTestConfig, type PostedAlert, type RunningAlertmanager } from './alertmanager-harness.js';
import { loadPack } from './pack.js';
import { startHttpSink, type HttpSink, type Received } from './http-sink.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { requireTool, run } from './tools.js';

const amtool = requireTool('amtool');
const alertmanager = requireTool('alertmanager');

async function routesFor(labels: string[]): Promise<string> {
  const out = await run(amtool.path!, ['config', 'routes', 'test', `--config.file=${AM_CONFIG}`, ...labels]);
  assert.equal(out.code, 0, out.stderr);
  return out.stdout.trim();
}

test('amtool check-config accepts the committed configuration and templates', { skip: amtool.skip }, async () => {
  const out = await run(amtool.path!, ['check-config', AM_CONFIG]);
  assert.equal(out.code, 0, out.stdout + out.stderr);
  assert.match(out.stdout, /3 inhibit rules/);
  assert.match(out.stdout, /1 templates/);
});

test('severity routes: page -> PagerDuty, ticket/warning -> Slack+email, all -> webhook', { skip: amtool.skip }, async () => {
  assert.equal(await routesFor(['alertname=SwitchyardGatewayDown', 'severity=page']), 'webhook,pagerduty');
  assert.equal(await routesFor(['alertname=SwitchyardErrorBudgetBurn', 'severity=ticket', 'model=m']), 'webhook,slack-email');
  assert.equal(await routesFor(['alertname=SwitchyardTTFTHigh', 'severity=warning', 'model=m']), 'webhook,slack-email');
  assert.equal(await routesFor(['alertname=Watchdog', 'severity=none']), 'webhook,deadmans-switch');
  assert.equal(await routesFor(['alertname=Other']), 'webhook');
});

const annotate = (name: string, value: string): Record<string, string> => ({
  summary: `${name} summary`,
  description: `${name} description`,
  value,
  runbook_url: `docs/runbooks.md#${name.toLowerCase()}`,
});

function alert(labels: Record<string, string>, value = '1'): PostedAlert {
  return { labels, annotations: annotate(labels.alertname!, value) };
}

// One incident per inhibition rule, plus grouping, a silence and the Watchdog.
const ALERTS: Record<string, PostedAlert> = {
  gwDown: alert({ alertname: 'SwitchyardGatewayDown', severity: 'page', cause: 'scrape_failed', job: 'switchyard', instance: 'gw-0:9190' }, '0'),
  satOnDownGw: alert({ alertname: 'SwitchyardEndpointSaturated', severity: 'warning', instance: 'gw-0:9190', model: 'llama', endpoint: 'r-0' }, '80'),
  satA: alert({ alertname: 'SwitchyardEndpointSaturated', severity: 'warning', instance: 'gw-1:9190', model: 'llama', endpoint: 'r-0' }, '80'),
  satB: alert({ alertname: 'SwitchyardEndpointSaturated', severity: 'warning', instance: 'gw-1:9190', model: 'llama', endpoint: 'r-1' }, '90'),
  noReady: alert({ alertname: 'SwitchyardModelNoReadyEndpoint', severity: 'page', instance: 'gw-1:9190', model: 'qwen' }, '0'),
  burnOnNoReady: alert({ alertname: 'SwitchyardErrorBudgetBurn', severity: 'page', model: 'qwen', long_window: '1h', short_window: '5m' }, '100%'),
  burnPage: alert({ alertname: 'SwitchyardErrorBudgetBurn', severity: 'page', model: 'llama', long_window: '1h', short_window: '5m' }, '20%'),
  burnTicket: alert({ alertname: 'SwitchyardErrorBudgetBurn', severity: 'ticket', model: 'llama', long_window: '1d', short_window: '2h' }, '20%'),
  ttftWarning: alert({ alertname: 'SwitchyardTTFTHigh', severity: 'warning', model: 'mistral' }, '3s'),
  watchdog: alert({ alertname: 'Watchdog', severity: 'none' }),
  silencedCost: alert({ alertname: 'SwitchyardCostBurnHigh', severity: 'warning', currency: 'USD' }, '72.00'),
};

interface WebhookBody {
  groupLabels: Record<string, string>;
  alerts: Array<{ labels: Record<string, string> }>;
}

const bodyOf = (r: Received): WebhookBody => r.body as WebhookBody;
const at = (all: Received[], path: string): Received[] => all.filter((r) => r.path === `/${path}`);

let dir = '';
let sink: HttpSink;
let smtp: SmtpSink;
let am: RunningAlertmanager | undefined;
let secrets: Record<string, string> = {};

before(async () => {
  if (alertmanager.skip || amtool.skip) return;
  dir = mkdtempSync(join(tmpdir(), 'sy-am-'));
  sink = await startHttpSink();
  smtp = await startSmtpSink();
  const config = writeTestConfig({ dir, sinkUrl: sink.url, smtpAddress: smtp.address });
  secrets = config.secrets;
  am = await startAlertmanager(alertmanager.path!, config.path, dir);
  const silence = await run(amtool.path!, [
    'silence', 'add', `--alertmanager.url=${am.url}`, '--author=test', '--comment=planned price change', '--duration=1h',
    'alertname=SwitchyardCostBurnHigh', 'currency=USD',
  ]);
  assert.equal(silence.code, 0, silence.stderr);
  await postAlerts(am.url, Object.values(ALERTS));
});

after(async () => {
  await am?.stop();
  await sink?.close();
  await smtp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('live: notifications are grouped by alertname and model; inhibited and silenced alerts are absent', { skip: alertmanager.skip || amtool.skip }, async () => {
  const all = await sink.waitFor((r) => at(r, 'webhook').length >= 6 && at(r, 'pagerduty').length >= 3 && at(r, 'slack').length >= 2 && at(r, 'deadmans-switch').length >= 1, 20_000, 'notifications');
  const groups = at(all, 'webhook').map(bodyOf).map((b) => ({
    group: `${b.groupLabels.alertname}/${b.groupLabels.model ?? ''}`,
    alerts: b.alerts.map((a) => `${a.labels.instance ?? ''}|${a.labels.endpoint ?? ''}|${a.labels.severity}`).sort(),
  }));
  assert.deepEqual(groups.sort((a, b) => a.group.localeCompare(b.group)), [
    { group: 'SwitchyardEndpointSaturated/llama', alerts: ['gw-1:9190|r-0|warning', 'gw-1:9190|r-1|warning'] },
    { group: 'SwitchyardErrorBudgetBurn/llama', alerts: ['||page'] },
    { group: 'SwitchyardGatewayDown/', alerts: ['gw-0:9190||page'] },
    { group: 'SwitchyardModelNoReadyEndpoint/qwen', alerts: ['gw-1:9190||page'] },
    { group: 'SwitchyardTTFTHigh/mistral', alerts: ['||warning'] },
    { group: 'Watchdog/', alerts: ['||none'] },
  ]);
  const states = await listAlerts(am!.url);
  const stateOf = (labels: Record<string, string>): string => {
    const found = states.find((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v));
    if (!found) return 'missing';
    if (found.status.inhibitedBy.length > 0) return 'inhibited';
    return found.status.silencedBy.length > 0 ? 'silenced' : found.status.state;
  };
  assert.equal(stateOf(ALERTS.satOnDownGw!.labels), 'inhibited', 'gateway down mutes alerts from its instance');
  assert.equal(stateOf(ALERTS.burnOnNoReady!.labels), 'inhibited', 'no ready endpoint mutes the error alerts of its model');
  assert.equal(stateOf(ALERTS.burnTicket!.labels), 'inhibited', 'page mutes ticket of the same alertname and model');
  assert.equal(stateOf(ALERTS.silencedCost!.labels), 'silenced');
  assert.equal(stateOf(ALERTS.satA!.labels), 'active');
});

test('live: PagerDuty, Slack and email carry model, endpoint, value and runbook; keys come from files', { skip: alertmanager.skip || amtool.skip }, async () => {
  const all = await sink.waitFor((r) => at(r, 'pagerduty').length >= 3 && at(r, 'slack').length >= 2, 20_000, 'pagerduty and slack');
  const pd = at(all, 'pagerduty').map((r) => r.body as { routing_key: string; payload: { summary: string }; links: Array<{ href: string }> });
  assert.ok(pd.every((p) => p.routing_key === secrets['pagerduty-routing-key']), 'routing key read from its file');
  const noReady = pd.find((p) => p.payload.summary.includes('SwitchyardModelNoReadyEndpoint'));
  assert.ok(noReady, 'page for the model with no ready endpoint');
  assert.match(noReady.payload.summary, /model=qwen \(page\)/);
  assert.equal(noReady.links[0]?.href, 'docs/runbooks.md#switchyardmodelnoreadyendpoint');

  const slack = at(all, 'slack').map((r) => r.body as { channel: string; attachments: Array<{ title: string; text: string }> });
  const saturated = slack.find((s) => s.attachments[0]?.title.includes('SwitchyardEndpointSaturated'));
  assert.ok(saturated, 'slack message for the saturated endpoints');
  assert.equal(saturated.channel, '#switchyard-alerts');
  assert.match(saturated.attachments[0]!.title, /^\[FIRING:2\] SwitchyardEndpointSaturated model=llama \(warning\)$/);
  const text = saturated.attachments[0]!.text;
  for (const part of ['model: llama', 'endpoint: r-0', 'endpoint: r-1', 'value: 80', 'value: 90', 'runbook: docs/runbooks.md#switchyardendpointsaturated']) {
    assert.ok(text.includes(part), `slack text lacks "${part}":\n${text}`);
  }
  assert.ok(at(all, 'webhook').every((r) => r.headers.authorization === `Bearer ${secrets['webhook-token']}`), 'webhook bearer token read from its file');

  const deadline = Date.now() + 15_000;
  while (smtp.messages.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.equal(smtp.messages.length, 2, 'one email per Slack group');
  const mail = smtp.messages.map((m) => m.data.replace(/=\r?\n/g, '').replace(/=3D/g, '=')).join('\n');
  assert.match(mail, /Subject: \[FIRING:1\] SwitchyardTTFTHigh model=mistral \(warning\)/);
  assert.ok(mail.includes('runbook: docs/runbooks.md#switchyardttfthigh'));
  assert.ok(smtp.messages.every((m) => m.to.some((t) => t.includes('switchyard-oncall@example.com'))));
});

test('alert names used by routes and inhibit rules exist in the rendered rules', () => {
  const names = new Set(loadPack().alerts.map((a) => a.rule.alert));
  const text = readFileSync(AM_CONFIG, 'utf8');
  const used = [...text.matchAll(/alertname[!=]~?"([^"]+)"/g)].flatMap((m) => m[1]!.split('|'));
  assert.ok(used.length >= 5);
  for (const name of used) assert.ok(names.has(name), `alertmanager.yml names unknown alert ${name}`);
});
