// Where the observability pack lives, as paths relative to the repository root. The render
// writes into two trees — the pack itself and the Kubernetes base kustomize applies — so every
// rendered path is repo-relative and a test render into a temp dir keeps the same layout.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const OBSERVABILITY_DIR = 'deploy/observability';
export const PARAMS_FILE = `${OBSERVABILITY_DIR}/rules.params.yml`;

export const RENDERED = {
  prometheusConfig: `${OBSERVABILITY_DIR}/prometheus/prometheus.yml`,
  recordingRules: `${OBSERVABILITY_DIR}/prometheus/rules/switchyard-recording.yml`,
  alertRules: `${OBSERVABILITY_DIR}/prometheus/rules/switchyard-alerts.yml`,
  dashboards: `${OBSERVABILITY_DIR}/grafana/dashboards`,
  // The file deploy/kubernetes/base/kustomization.yaml lists: kustomize cannot generate a
  // PrometheusRule, so the render writes it where the base expects it.
  prometheusRule: 'deploy/kubernetes/base/prometheusrule.yaml',
} as const;

/** An absolute path for a repo-relative one. */
export function inRepo(relative: string): string {
  return join(REPO_ROOT, relative);
}
