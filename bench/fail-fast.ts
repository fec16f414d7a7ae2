import { Writable } from 'node:stream';
import { buildConfig } from '../src/config/load.js';
import { Gateway } from '../src/gateway.js';
import { createLogger } from '../src/logging/logger.js';
import { startSimulator } from '../src/sim/index.js';

const silent = () => createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() }));
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;

/**
 * The two bounds the issues give for behaviour: a 503 when nothing is ready must not wait for a
 * timeout (< 50 ms), and a client abort must reach the replica (< 100 ms). Tests prove them with
 * 10× slack; this reports the real figures.
 */
export async function failFastAndAbort(): Promise<{ noReadyP50Ms: number; noReadyMaxMs: number; abortP50Ms: number; abortMaxMs: number }> {
  const down = await Gateway.start({
    log: silent(),
    config: buildConfig({ server: { host: '127.0.0.1', port: 0 }, metrics: { enabled: false }, models: [{ name: 'm', endpoints: [{ url: 'http://127.0.0.1:9' }] }] }),
  });
  const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }] });
  const noReady: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    const r = await fetch(`${down.url}/v1/chat/completions`, { method: 'POST', body });
    await r.arrayBuffer();
    noReady.push(performance.now() - t0);
  }
  await down.close();

  const sim = await startSimulator({ model: 'm', port: 0, faults: { hang: true } });
  const gw = await Gateway.start({
    log: silent(),
    config: buildConfig({ server: { host: '127.0.0.1', port: 0 }, metrics: { enabled: false }, models: [{ name: 'm', endpoints: [{ url: sim.url }] }] }),
  });
  while (gw.registry.get('m')!.routable.length === 0) await new Promise((r) => setTimeout(r, 10));
  const aborts: number[] = [];
  for (let i = 0; i < 30; i++) {
    const before = sim.stats().aborted;
    const ac = new AbortController();
    const p = fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', body, signal: ac.signal }).catch(() => undefined);
    const reqs = sim.stats().requests;
    while (sim.stats().requests === reqs) await new Promise((r) => setImmediate(r));
    const t0 = performance.now();
    ac.abort();
    while (sim.stats().aborted === before) await new Promise((r) => setImmediate(r));
    aborts.push(performance.now() - t0);
    await p;
  }
  await gw.close();
  await sim.close();
  return { noReadyP50Ms: median(noReady), noReadyMaxMs: Math.max(...noReady), abortP50Ms: median(aborts), abortMaxMs: Math.max(...aborts) };
}
