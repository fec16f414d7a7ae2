// Grafana dashboards: valid JSON in the shape Grafana provisions, every panel and target on the
// ${datasource} variable, a `model` variable, and every query one of the tested list.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { dashboardQueries } from '../../scripts/observability/dashboards/dashboards.js';
import { loadParams } from '../../scripts/observability/params.js';
import { inRepo, RENDERED } from '../../scripts/observability/paths.js';
import { OBS_DIR } from './tools.js';

const params = loadParams();
const tested = new Set(dashboardQueries(params).map((q) => q.expr));
const dir = inRepo(RENDERED.dashboards);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

interface Target {
  expr?: string;
  refId?: string;
  datasource?: { type?: string; uid?: string };
}
interface Panel {
  id: number;
  type: string;
  title: string;
  datasource?: { type?: string; uid?: string };
  gridPos: { x: number; y: number; w: number; h: number };
  targets?: Target[];
}
interface Variable {
  name: string;
  type: string;
  query: unknown;
  datasource?: { uid?: string };
}
interface Dashboard {
  uid: string;
  title: string;
  panels: Panel[];
  templating: { list: Variable[] };
}

function load(file: string): Dashboard {
  const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  assert.ok(typeof raw === 'object' && raw !== null && 'panels' in raw && 'templating' in raw, `${file} is not a dashboard`);
  return raw as Dashboard;
}

test('the three dashboards exist with unique uids', () => {
  assert.deepEqual(files.sort(), ['backends.json', 'gateway-overview.json', 'semantic-routing.json']);
  const uids = files.map((f) => load(f).uid);
  assert.equal(new Set(uids).size, uids.length);
});

test('datasource is a variable and model a multi-value variable on every dashboard', () => {
  for (const file of files) {
    const { templating } = load(file);
    const ds = templating.list.find((v) => v.name === 'datasource');
    assert.equal(ds?.type, 'datasource', file);
    assert.equal(ds?.query, 'prometheus', file);
    const model = templating.list.find((v) => v.name === 'model');
    assert.equal(model?.type, 'query', file);
    assert.equal(model?.datasource?.uid, '${datasource}', file);
  }
});

test('every panel and target uses ${datasource}; every query is in the tested list', () => {
  for (const file of files) {
    const dashboard = load(file);
    const ids = new Set<number>();
    for (const panel of dashboard.panels) {
      assert.ok(!ids.has(panel.id), `${file}: duplicate panel id ${panel.id}`);
      ids.add(panel.id);
      assert.ok(panel.gridPos.x + panel.gridPos.w <= 24, `${file}: ${panel.title} overflows the grid`);
      if (panel.type === 'row') continue;
      assert.deepEqual(panel.datasource, { type: 'prometheus', uid: '${datasource}' }, `${file}: ${panel.title}`);
      assert.ok((panel.targets ?? []).length > 0, `${file}: ${panel.title} has no query`);
      for (const target of panel.targets ?? []) {
        assert.equal(target.datasource?.uid, '${datasource}', `${file}: ${panel.title} ${target.refId}`);
        assert.ok(target.expr && tested.has(target.expr), `${file}: ${panel.title} runs an untested query: ${target.expr}`);
      }
    }
  }
});

test('the panels the issue asks for are there', () => {
  const titles = (file: string): string => load(file).panels.map((p) => p.title).join(' | ');
  const overview = titles('gateway-overview.json');
  for (const want of ['Requests/s by status', 'SLO error ratio', 'Time to first token', 'End-to-end latency', 'Tokens/s', 'Cost per hour', 'In-flight']) {
    assert.ok(overview.includes(want), `overview lacks ${want}`);
  }
  const routing = titles('semantic-routing.json');
  for (const want of ['Category mix', 'Model changes', 'Refusals/s', 'Refusals %', 'Cache hit ratio', 'Classifier latency']) {
    assert.ok(routing.includes(want), `semantic routing lacks ${want}`);
  }
  const backends = titles('backends.json');
  for (const want of ['Endpoint ready', 'Endpoints by state', 'Running requests', 'Waiting requests', 'KV cache usage']) {
    assert.ok(backends.includes(want), `backends lacks ${want}`);
  }
});

test('provisioning files point Grafana at Prometheus and at the dashboards folder', () => {
  const ds = parse(readFileSync(join(OBS_DIR, 'grafana/provisioning/datasources/prometheus.yml'), 'utf8')) as { apiVersion: number; datasources: Array<{ type: string; url: string }> };
  assert.equal(ds.apiVersion, 1);
  assert.equal(ds.datasources[0]?.type, 'prometheus');
  const dash = parse(readFileSync(join(OBS_DIR, 'grafana/provisioning/dashboards/switchyard.yml'), 'utf8')) as { apiVersion: number; providers: Array<{ type: string; options: { path: string } }> };
  assert.equal(dash.apiVersion, 1);
  assert.equal(dash.providers[0]?.type, 'file');
  assert.ok(dash.providers[0]?.options.path);
});
