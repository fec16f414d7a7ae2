// The dashboard list, their rendered JSON files, and the flat list of every query they run —
// the list the tests check against known metrics and (end to end) against live data.
import type { ObservabilityParams } from '../params.js';
import { RENDERED } from '../paths.js';
import { backends } from './backends.js';
import { gatewayOverview } from './gateway-overview.js';
import { buildDashboard, type DashboardSpec } from './panel.js';
import { semanticRouting } from './semantic-routing.js';

export function dashboardSpecs(params: ObservabilityParams): Record<string, DashboardSpec> {
  return {
    'gateway-overview': gatewayOverview(params),
    'semantic-routing': semanticRouting(),
    backends: backends(),
  };
}

export function dashboardFiles(params: ObservabilityParams): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, spec] of Object.entries(dashboardSpecs(params))) {
    files.set(`${RENDERED.dashboards}/${name}.json`, JSON.stringify(buildDashboard(spec), null, 2) + '\n');
  }
  return files;
}

export interface DashboardQuery {
  dashboard: string;
  panel: string;
  expr: string;
}

/**
 * Every panel query, plus each dashboard's model variable as the PromQL equivalent of its
 * label_values() (what must return data for the variable to have options).
 */
export function dashboardQueries(params: ObservabilityParams): DashboardQuery[] {
  const queries: DashboardQuery[] = [];
  for (const [name, spec] of Object.entries(dashboardSpecs(params))) {
    queries.push({ dashboard: name, panel: 'variable:model', expr: `group by (model) (${spec.modelValuesFrom})` });
    for (const row of spec.rows) {
      for (const panel of row.panels) {
        for (const q of panel.queries) queries.push({ dashboard: name, panel: panel.title, expr: q.expr });
      }
    }
  }
  return queries;
}
