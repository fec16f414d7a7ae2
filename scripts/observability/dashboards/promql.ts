// Query shapes shared by the dashboards. Raw-counter panels use Grafana's $__rate_interval
// (4 x scrape interval, widened to the zoom level) instead of a fixed window.

export const MODEL = '$model';
export const RATE_INTERVAL = '$__rate_interval';

/** `{model=~"$model",extra}` — the model filter every gateway panel shares. */
export function sel(extra = '', label = 'model'): string {
  return `{${label}=~"${MODEL}"${extra ? `,${extra}` : ''}}`;
}

export function sumRate(metric: string, by: string, selector: string): string {
  const grouping = by ? `by (${by}) ` : '';
  return `sum ${grouping}(rate(${metric}${selector}[${RATE_INTERVAL}]))`;
}

export function quantile(q: number, histogram: string, by: string, selector: string): string {
  const grouping = by ? `${by}, le` : 'le';
  return `histogram_quantile(${q}, sum by (${grouping}) (rate(${histogram}_bucket${selector}[${RATE_INTERVAL}])))`;
}

/** p50/p95/p99 of a recorded per-model quantile series. */
export function recordedQuantiles(record: (q: 50 | 95 | 99) => string): { expr: string; legend: string }[] {
  return ([50, 95, 99] as const).map((q) => ({ expr: `${record(q)}${sel()}`, legend: `{{model}} p${q}` }));
}
