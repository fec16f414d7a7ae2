// The observability pack as the tests see it: every expression it evaluates, each tagged with
// where it comes from. Built from the same generator as the committed files.
import { join } from 'node:path';
import { alertDefinitions } from '../../scripts/observability/alert-rules.js';
import { dashboardQueries } from '../../scripts/observability/dashboards/dashboards.js';
import { loadParams, type ObservabilityParams } from '../../scripts/observability/params.js';
import { recordingRuleGroups } from '../../scripts/observability/recording-rules.js';
import { createRenderContext, type RenderOptions } from '../../scripts/observability/render-context.js';
import type { AlertDefinition, RecordingRule } from '../../scripts/observability/rule-types.js';
import { OBS_DIR } from './tools.js';

export interface PackExpression {
  /** Alert expressions are empty on healthy data by design; every other kind must return data. */
  kind: 'record' | 'alert' | 'probe' | 'dashboard';
  where: string;
  expr: string;
}

export interface Pack {
  params: ObservabilityParams;
  recording: RecordingRule[];
  alerts: AlertDefinition[];
  expressions: PackExpression[];
}

export function loadPack(options: RenderOptions = {}): Pack {
  const params = loadParams(join(OBS_DIR, 'rules.params.yml'));
  const ctx = createRenderContext(params, options);
  const recording = recordingRuleGroups(ctx).flatMap((g) => g.rules as RecordingRule[]);
  const alerts = alertDefinitions(ctx);
  const expressions: PackExpression[] = [
    ...recording.map((r) => ({ kind: 'record' as const, where: `record ${r.record}`, expr: r.expr })),
    ...alerts.map((a) => ({ kind: 'alert' as const, where: `alert ${a.rule.alert} (${a.rule.labels.severity})`, expr: a.rule.expr })),
    ...alerts.flatMap((a) => a.probes.map((p) => ({ kind: 'probe' as const, where: `probe of ${a.rule.alert}`, expr: p }))),
    ...dashboardQueries(params).map((q) => ({ kind: 'dashboard' as const, where: `dashboard ${q.dashboard} / ${q.panel}`, expr: q.expr })),
  ];
  return { params, recording, alerts, expressions };
}
