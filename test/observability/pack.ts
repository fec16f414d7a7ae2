// The observability pack as the tests see it: every expression it evaluates, each tagged with
// where it comes from, and the shortened render that runs against real binaries. Built from the
// same generator as the committed files.
import { join } from 'node:path';
import { alertDefinitions } from '../../scripts/observability/alert-rules.js';
import { dashboardQueries } from '../../scripts/observability/dashboards/dashboards.js';
import { loadParams, type ObservabilityParams } from '../../scripts/observability/params.js';
import { RENDERED } from '../../scripts/observability/paths.js';
import { recordingRuleGroups } from '../../scripts/observability/recording-rules.js';
import { renderAll, writeRender } from '../../scripts/observability/render.js';
import { createRenderContext, shortenedRender, type RenderOptions } from '../../scripts/observability/render-context.js';
import type { ScrapeTargets } from '../../scripts/observability/prometheus-config.js';
import type { AlertDefinition, RecordingRule } from '../../scripts/observability/rule-types.js';

/** 1h -> 1m, 5m -> 5s, `for: 2m` -> 2s, 1 s scrape and evaluation. Names keep the logical window. */
export const SHORT_RENDER = shortenedRender(60, '1s');

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
  const params = loadParams();
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

/** Writes the shortened render for these targets into `dir`; returns its prometheus.yml. */
export function writeShortRender(dir: string, targets: ScrapeTargets): string {
  writeRender(dir, renderAll(loadParams(), { ...SHORT_RENDER, targets }));
  return join(dir, RENDERED.prometheusConfig);
}
