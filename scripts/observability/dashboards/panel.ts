// A small Grafana dashboard model: specs hold only what differs between panels (title, unit,
// queries); the builder adds the boilerplate every panel needs and lays panels out in rows.
// Every panel and target uses the `${datasource}` variable so a dashboard works against any
// Prometheus the operator picks.

export const DATASOURCE = { type: 'prometheus', uid: '${datasource}' } as const;

export interface QuerySpec {
  expr: string;
  legend: string;
}

export type PanelKind = 'timeseries' | 'stat' | 'state-timeline';

export interface PanelSpec {
  title: string;
  description: string;
  kind?: PanelKind;
  unit: string;
  queries: QuerySpec[];
  stacked?: boolean;
  max?: number;
  /** Value -> text/colour for state panels. */
  mappings?: Record<string, { text: string; color: string }>;
  /** Grid columns out of 24; 8 by default (three panels per row). */
  width?: number;
}

export interface RowSpec {
  title: string;
  panels: PanelSpec[];
}

export interface DashboardSpec {
  uid: string;
  title: string;
  description: string;
  /** Query whose `model` label values fill the `model` variable. */
  modelValuesFrom: string;
  rows: RowSpec[];
}

const PANEL_HEIGHT = 8;
const REF_IDS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function fieldConfig(panel: PanelSpec): Record<string, unknown> {
  const defaults: Record<string, unknown> = { unit: panel.unit, min: 0 };
  if (panel.max !== undefined) defaults.max = panel.max;
  if (panel.stacked) defaults.custom = { stacking: { mode: 'normal', group: 'A' }, fillOpacity: 30 };
  if (panel.mappings) {
    defaults.mappings = [
      {
        type: 'value',
        options: Object.fromEntries(
          Object.entries(panel.mappings).map(([value, m], index) => [value, { ...m, index }]),
        ),
      },
    ];
  }
  return { defaults, overrides: [] };
}

function buildPanel(panel: PanelSpec, id: number, x: number, y: number): Record<string, unknown> {
  const kind = panel.kind ?? 'timeseries';
  const options: Record<string, unknown> =
    kind === 'stat'
      ? { reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false }, colorMode: 'value' }
      : { legend: { displayMode: 'list', placement: 'bottom' }, tooltip: { mode: 'multi', sort: 'desc' } };
  return {
    id,
    type: kind,
    title: panel.title,
    description: panel.description,
    datasource: DATASOURCE,
    gridPos: { h: PANEL_HEIGHT, w: panel.width ?? 8, x, y },
    fieldConfig: fieldConfig(panel),
    options,
    targets: panel.queries.map((q, i) => ({
      datasource: DATASOURCE,
      refId: REF_IDS[i],
      expr: q.expr,
      legendFormat: q.legend,
      range: true,
    })),
  };
}

function templating(spec: DashboardSpec): Record<string, unknown> {
  const modelQuery = `label_values(${spec.modelValuesFrom}, model)`;
  return {
    list: [
      {
        name: 'datasource',
        label: 'Data source',
        type: 'datasource',
        query: 'prometheus',
        current: {},
        hide: 0,
        refresh: 1,
        regex: '',
      },
      {
        name: 'model',
        label: 'Model',
        type: 'query',
        datasource: DATASOURCE,
        definition: modelQuery,
        query: { query: modelQuery, refId: 'model' },
        includeAll: true,
        multi: true,
        allValue: '.*',
        current: { selected: true, text: ['All'], value: ['$__all'] },
        refresh: 2,
        sort: 1,
        hide: 0,
      },
    ],
  };
}

export function buildDashboard(spec: DashboardSpec): Record<string, unknown> {
  const panels: Record<string, unknown>[] = [];
  let id = 1;
  let y = 0;
  for (const row of spec.rows) {
    panels.push({ id: id++, type: 'row', title: row.title, collapsed: false, gridPos: { h: 1, w: 24, x: 0, y }, panels: [] });
    y += 1;
    let x = 0;
    for (const panel of row.panels) {
      const width = panel.width ?? 8;
      if (x + width > 24) {
        x = 0;
        y += PANEL_HEIGHT;
      }
      panels.push(buildPanel(panel, id++, x, y));
      x += width;
    }
    y += PANEL_HEIGHT;
  }
  return {
    uid: spec.uid,
    title: spec.title,
    description: spec.description,
    tags: ['switchyard'],
    editable: true,
    graphTooltip: 1,
    refresh: '30s',
    schemaVersion: 39,
    version: 1,
    time: { from: 'now-6h', to: 'now' },
    timezone: 'browser',
    annotations: { list: [] },
    templating: templating(spec),
    panels,
  };
}
