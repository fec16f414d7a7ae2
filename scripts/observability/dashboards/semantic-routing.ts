// Semantic routing: what the classifiers decided, what the guards refused, what the cache saved.
import { BASE_WINDOW, GUARD_REASONS, rec } from '../recording-rules.js';
import { regexOf } from '../rule-types.js';
import type { DashboardSpec } from './panel.js';
import { quantile, sel, sumRate, RATE_INTERVAL } from './promql.js';

const hits = `sum(rate(llm_cache_hits_total[${RATE_INTERVAL}]))`;
const misses = `sum(rate(llm_cache_misses_total[${RATE_INTERVAL}]))`;

export function semanticRouting(): DashboardSpec {
  const guard = `reason=~${regexOf(GUARD_REASONS)}`;
  return {
    uid: 'switchyard-semantic-routing',
    title: 'Switchyard / Semantic routing',
    description: 'Category classification, model rewrites, PII/jailbreak refusals, semantic cache.',
    modelValuesFrom: 'llm_model_requests_total',
    rows: [
      {
        title: 'Classification and routing',
        panels: [
          {
            title: 'Category mix',
            description: 'Classifications per second by category (llm_category_classifications_count).',
            unit: 'reqps',
            stacked: true,
            queries: [{ expr: `sum by (category) (rate(llm_category_classifications_count[${RATE_INTERVAL}]))`, legend: '{{category}}' }],
          },
          {
            title: 'Model changes/s',
            description: 'Requests whose model the router rewrote, by requested and chosen model.',
            unit: 'reqps',
            stacked: true,
            queries: [
              {
                expr: sumRate('llm_model_routing_modifications_total', 'source_model, target_model', sel('', 'source_model')),
                legend: '{{source_model}} → {{target_model}}',
              },
            ],
          },
          {
            title: 'Classifier latency',
            description: 'p50 and p95 time each classifier takes per request.',
            unit: 's',
            queries: [
              { expr: quantile(0.5, 'llm_classifier_latency_seconds', 'classifier', ''), legend: '{{classifier}} p50' },
              { expr: quantile(0.95, 'llm_classifier_latency_seconds', 'classifier', ''), legend: '{{classifier}} p95' },
            ],
          },
        ],
      },
      {
        title: 'Guards',
        panels: [
          {
            title: 'Refusals/s',
            description: 'Requests refused by the PII policy or the jailbreak guard.',
            unit: 'reqps',
            stacked: true,
            queries: [{ expr: sumRate('llm_request_errors_total', 'model, reason', sel(guard)), legend: '{{model}} {{reason}}' }],
          },
          {
            title: 'Refusals % of requests',
            description: `Share of each model's requests refused, over ${BASE_WINDOW} (the spike alert compares it with its 1d baseline).`,
            unit: 'percentunit',
            queries: [{ expr: `${rec.guardBlockRatio(BASE_WINDOW)}${sel()}`, legend: '{{model}} {{reason}}' }],
          },
          {
            title: 'PII policy violations/s by type',
            // Counted per model whose pii_policy refuses the type, also when auto-routing then
            // picks another model: a violation is not always a refusal.
            description: "PII types found in requests that a candidate model's pii_policy does not allow, by Presidio type (the request was rerouted or refused).",
            unit: 'reqps',
            stacked: true,
            queries: [{ expr: sumRate('llm_pii_violations_total', 'pii_type', sel()), legend: '{{pii_type}}' }],
          },
        ],
      },
      {
        title: 'Semantic cache',
        panels: [
          {
            title: 'Cache hit ratio',
            description: 'Hits / (hits + misses) of the semantic cache.',
            unit: 'percentunit',
            max: 1,
            queries: [{ expr: `${hits} / (${hits} + ${misses})`, legend: 'hit ratio' }],
          },
          {
            title: 'Cache lookups/s',
            description: 'Semantic cache hits and misses per second.',
            unit: 'reqps',
            stacked: true,
            queries: [
              { expr: hits, legend: 'hits' },
              { expr: misses, legend: 'misses' },
            ],
          },
        ],
      },
    ],
  };
}
