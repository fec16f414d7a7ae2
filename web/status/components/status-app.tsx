import { useEffect, useState } from 'preact/hooks';
import type { StatsSeries } from '../../../src/metrics/rolling-stats.js';
import { basePath } from '../../shared/base-path.js';
import { ThemeToggle } from '../../shared/theme-toggle.js';
import { pollStats, type PollState } from '../poll-stats.js';
import { ModelCard } from './endpoint-table.js';
import { LineChart } from './line-chart.js';

const ALL = '';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const fmtRate = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const fmtPct = (v: number) => `${(v * 100).toFixed(v > 0 && v < 0.1 ? 1 : 0)}%`;
const fmtMs = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);

function Charts({ series, times }: { series: StatsSeries; times: number[] }) {
  return (
    <div class="charts">
      <LineChart title="Requests/s" times={times} lines={[{ label: 'req/s', values: series.requestsPerS, cls: 'line-a' }]} format={fmtRate} minMax={1} />
      <LineChart title="Error rate" times={times} lines={[{ label: 'errors', values: series.errorRate, cls: 'line-err' }]} format={fmtPct} minMax={0.05} maxCap={1} />
      <LineChart
        title="Time to first token"
        times={times}
        lines={[
          { label: 'p50', values: series.ttftP50Ms, cls: 'line-a' },
          { label: 'p95', values: series.ttftP95Ms, cls: 'line-b' },
        ]}
        format={fmtMs}
        minMax={100}
      />
      <LineChart title="Tokens/s" times={times} lines={[{ label: 'tok/s', values: series.tokensPerS, cls: 'line-a' }]} format={fmtRate} minMax={10} />
    </div>
  );
}

export function StatusApp() {
  const [poll, setPoll] = useState<PollState>({ data: null, error: null, updatedAt: null });
  const [model, setModel] = useState(ALL);
  useEffect(() => pollStats(setPoll), []);
  const data = poll.data;
  const modelNames = data ? [...new Set([...data.models.map((m) => m.name), ...Object.keys(data.series.models)])] : [];
  const series = data ? (model === ALL ? data.series.overall : data.series.models[model]) : undefined;
  const endpoints = data?.models.flatMap((m) => m.endpoints) ?? [];
  const ready = endpoints.filter((e) => e.state === 'ready').length;
  return (
    <div class="status-page">
      <header class="topbar">
        <h1>Switchyard status</h1>
        <span class="spacer" />
        <a class="small-button" href={basePath()}>
          Chat
        </a>
        <ThemeToggle />
      </header>
      <main>
        <p class="summary" role="status">
          {data ? `${plural(data.models.length, 'model')} · ${ready}/${plural(endpoints.length, 'endpoint')} ready · ${endpoints.reduce((n, e) => n + e.inflight, 0)} in flight` : poll.error ? '' : 'Loading…'}
          {poll.error ? <span class="stale"> Could not refresh ({poll.error}){poll.updatedAt ? `; showing data from ${new Date(poll.updatedAt).toLocaleTimeString()}` : ''}.</span> : null}
        </p>
        <div class="models">{data?.models.map((m) => <ModelCard key={m.name} model={m} />)}</div>
        {data ? (
          <section class="traffic">
            <header>
              <h2>Traffic, last {Math.round(data.window.seconds / 60)} minutes</h2>
              <label>
                <span class="label-text">Series </span>
                <select aria-label="Series" value={model} onChange={(e) => setModel(e.currentTarget.value)}>
                  <option value={ALL}>All models</option>
                  {modelNames.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
            </header>
            {series ? <Charts series={series} times={data.series.bucketStartMs} /> : <p class="muted">No traffic recorded for {model} in this window.</p>}
          </section>
        ) : null}
      </main>
    </div>
  );
}
