// prometheus.yml: where to scrape and where to send alerts. Rule files are the rendered ones next
// to it, so a Compose mount of deploy/observability/prometheus/ is all Prometheus needs.
import type { RenderContext } from './render-context.js';

export interface ScrapeTargets {
  gateway: string[];
  vllm: string[];
  alertmanager: string[];
}

export function defaultTargets(ctx: RenderContext): ScrapeTargets {
  const s = ctx.params.scrape;
  return { gateway: s.gateway_targets, vllm: s.vllm_targets, alertmanager: s.alertmanager_targets };
}

/** Why these intervals; rendered at the top of prometheus.yml with the values in force. */
export function intervalsComment(ctx: RenderContext): string[] {
  return [
    'Intervals (set in rules.params.yml):',
    `- gateway scrape ${ctx.scrapeInterval}: its /metrics is a few hundred series and cheap to render;`,
    '  at 15s the 1m $__rate_interval Grafana uses and every rule window hold 4+ samples.',
    `- vLLM scrape ${ctx.vllmScrapeInterval}: its /metrics renders histograms per model on the API`,
    '  server event loop; the 5m saturation averages need no finer resolution.',
    `- evaluation ${ctx.evaluationInterval}: equal to the scrape, so the 1h/5m burn-rate page reacts`,
    `  within one scrape; the 1d/3d SLO windows are evaluated every ${ctx.slowEvaluationInterval}.`,
  ];
}

export function prometheusConfig(ctx: RenderContext, targets: ScrapeTargets): Record<string, unknown> {
  const scrapeConfigs: Record<string, unknown>[] = [
    {
      job_name: ctx.params.jobs.gateway,
      metrics_path: '/metrics',
      static_configs: [{ targets: targets.gateway }],
    },
  ];
  if (targets.vllm.length > 0) {
    scrapeConfigs.push({
      job_name: ctx.params.jobs.vllm,
      scrape_interval: ctx.vllmScrapeInterval,
      metrics_path: '/metrics',
      static_configs: [{ targets: targets.vllm }],
    });
  }
  const config: Record<string, unknown> = {
    global: {
      scrape_interval: ctx.scrapeInterval,
      scrape_timeout: ctx.scrapeTimeout,
      evaluation_interval: ctx.evaluationInterval,
    },
    rule_files: ['rules/*.yml'],
  };
  if (targets.alertmanager.length > 0) {
    config.alerting = { alertmanagers: [{ static_configs: [{ targets: targets.alertmanager }] }] };
  }
  config.scrape_configs = scrapeConfigs;
  return config;
}
