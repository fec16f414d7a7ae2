import type { StatsResponse } from '../../../src/metrics/rolling-stats.js';

type ModelInfo = StatsResponse['models'][number];

const STATE_CLASS: Record<string, string> = { ready: 'badge-ok', unhealthy: 'badge-error', ejected: 'badge-warn', draining: 'muted', unknown: 'muted' };

const STATE_HINT: Record<string, string> = {
  ready: 'passing health checks and receiving traffic',
  unhealthy: 'failing active health checks; no traffic',
  ejected: 'taken out after consecutive failures; comes back after a cool-down',
  draining: 'removed from config or discovery; finishing in-flight requests',
  unknown: 'not probed yet',
};

export function ModelCard({ model }: { model: ModelInfo }) {
  const ready = model.endpoints.filter((e) => e.state === 'ready').length;
  const inflight = model.endpoints.reduce((n, e) => n + e.inflight, 0);
  return (
    <section class="model-card" data-model={model.name}>
      <header>
        <h2>{model.name}</h2>
        <span class={ready === 0 ? 'badge badge-error' : ready < model.endpoints.length ? 'badge badge-warn' : 'badge badge-ok'}>
          {ready}/{model.endpoints.length} ready
        </span>
        <span class="muted">{inflight} in flight</span>
      </header>
      <div class="table-scroll">
        <table class="endpoints">
          <thead>
            <tr>
              <th>Endpoint</th>
              <th>State</th>
              <th class="num">In flight</th>
              <th class="num">Weight</th>
            </tr>
          </thead>
          <tbody>
            {model.endpoints.map((e) => (
              <tr key={e.id} data-endpoint={e.id} data-state={e.state}>
                <td class="endpoint-id">{e.id}</td>
                <td>
                  <span class={`badge ${STATE_CLASS[e.state] ?? 'muted'}`} title={STATE_HINT[e.state]}>
                    {e.state}
                  </span>
                </td>
                <td class="num">{e.inflight}</td>
                <td class="num">{e.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
