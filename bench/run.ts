// npm run bench: starts simulators and the gateway as separate processes on loopback, measures
// direct vs through-gateway, prints a table and writes bench/results/<timestamp>.json + latest.json.
// Not a test: no pass/fail, figures only. Bounded in time (about 1-2 minutes on 2 cores).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { closedLoop, openLoop, streams, type LoadStats } from './load.js';
import { cpuSeconds, rssMb, startGatewayProcess, startSimProcess } from './procs.js';
import { failFastAndAbort } from './fail-fast.js';

const quick = process.argv.includes('--quick');
const secs = quick ? 2 : 6;
const chatBody = JSON.stringify({ model: 'bench', messages: [{ role: 'user', content: 'Say hello in five words.' }], max_tokens: 8 });

type Row = [string, string, string];
const rows: Row[] = [];
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, quick };
const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '—');

async function nonStreaming(): Promise<void> {
  const sim = await startSimProcess(['--ttft-ms', '0', '--itl-ms', '0', '--jitter', '0', '--output-tokens', '8']);
  const gw = await startGatewayProcess([sim.url]);
  try {
    // Warm-up: JIT and keep-alive pools.
    await closedLoop(gw.url, '/v1/chat/completions', chatBody, 32, 1);
    await closedLoop(sim.url, '/v1/chat/completions', chatBody, 32, 1);
    const direct = await closedLoop(sim.url, '/v1/chat/completions', chatBody, 64, secs);
    const cpu0 = cpuSeconds(gw.child.pid!);
    const through = await closedLoop(gw.url, '/v1/chat/completions', chatBody, 64, secs);
    // CPU per request is the figure that survives a shared machine; req/s depends on what else runs.
    const cpuUsPerReq = ((cpuSeconds(gw.child.pid!) - cpu0) / through.requests) * 1e6;
    const d1k = await openLoop(sim.url, '/v1/chat/completions', chatBody, 1000, secs);
    const g1k = await openLoop(gw.url, '/v1/chat/completions', chatBody, 1000, secs);
    results.nonStreaming = { direct, through, direct1k: d1k, through1k: g1k, gatewayCpuUsPerRequest: cpuUsPerReq, gatewayRssMb: rssMb(gw.child.pid!) };
    rows.push(['non-stream throughput, 64 conns (req/s)', `direct ${fmt(direct.rps, 0)}`, `gateway ${fmt(through.rps, 0)}`]);
    rows.push(['gateway CPU per non-stream request (µs)', '', fmt(cpuUsPerReq, 1)]);
    rows.push(['non-stream p50 / p99 at 1k req/s (ms)', `direct ${fmt(d1k.p50Ms)} / ${fmt(d1k.p99Ms)}`, `gateway ${fmt(g1k.p50Ms)} / ${fmt(g1k.p99Ms)}`]);
    rows.push(['added latency at 1k req/s, p50 / p99 (ms)', '', `${fmt(g1k.p50Ms - d1k.p50Ms, 3)} / ${fmt(g1k.p99Ms - d1k.p99Ms, 3)}`]);
    rows.push(['errors (direct / gateway)', `${direct.errors + d1k.errors}`, `${through.errors + g1k.errors}`]);
  } finally {
    await gw.stop();
  }
  // The one-line-per-request access log is the largest single cost measured in the gateway.
  const quiet = await startGatewayProcess([sim.url], { logging: { level: 'warn' } });
  try {
    await closedLoop(quiet.url, '/v1/chat/completions', chatBody, 32, 1);
    const cpu0 = cpuSeconds(quiet.child.pid!);
    const r = await closedLoop(quiet.url, '/v1/chat/completions', chatBody, 64, secs);
    const cpuUs = ((cpuSeconds(quiet.child.pid!) - cpu0) / r.requests) * 1e6;
    results.nonStreamingNoAccessLog = { through: r, gatewayCpuUsPerRequest: cpuUs };
    rows.push(['same, access log off (logging.level: warn)', `${fmt(cpuUs, 1)} µs/req`, `gateway ${fmt(r.rps, 0)} req/s`]);
  } finally {
    await quiet.stop();
    await sim.stop();
  }
}

async function manyStreams(): Promise<void> {
  const n = quick ? 200 : 1000;
  const sim = await startSimProcess(['--ttft-ms', '50', '--itl-ms', '20', '--jitter', '0.1', '--output-tokens', '50']);
  const gw = await startGatewayProcess([sim.url], { upstream: { max_connections_per_endpoint: 2048 } });
  const body = JSON.stringify({ model: 'bench', messages: [{ role: 'user', content: 'Tell me a story.' }], stream: true });
  try {
    const direct = await streams(sim.url, body, n);
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(gw.child.pid!))), 100);
    const through = await streams(gw.url, body, n);
    clearInterval(sampler);
    results.streams = { direct, through, gatewayPeakRssMb: peakRss };
    rows.push([`${n} concurrent streams: chunks/s`, `direct ${fmt(direct.chunksPerSec, 0)}`, `gateway ${fmt(through.chunksPerSec, 0)}`]);
    rows.push([`${n} concurrent streams: wall time (s), failed`, `direct ${fmt(direct.seconds)}, ${direct.failed}`, `gateway ${fmt(through.seconds)}, ${through.failed}`]);
    rows.push(['gateway peak RSS during streams (MB)', '', fmt(peakRss, 0)]);
  } finally {
    await gw.stop();
    await sim.stop();
  }
}

interface Latency {
  p50_ms: number;
  p99_ms: number;
}

async function classifiers(): Promise<void> {
  const { benchClassifiers } = await import('./classifiers.js');
  const r = (await benchClassifiers()) as { startup: Record<string, { wall_ms: number; cpu_ms: number }>; latency: Record<string, Record<string, Latency>> };
  results.classifiers = r;
  for (const [name, l] of Object.entries(r.latency)) {
    const a = l.chars_200!;
    const b = l.chars_4000!;
    rows.push([`classifier ${name} p50 / p99 (ms)`, `200 ch ${fmt(a.p50_ms)} / ${fmt(a.p99_ms)}`, `4,000 ch ${fmt(b.p50_ms)} / ${fmt(b.p99_ms)}`]);
  }
  rows.push(['category model build at start (ms, cpu)', '', fmt(r.startup.category_model_build?.cpu_ms ?? NaN, 0)]);
}

async function main(): Promise<void> {
  await nonStreaming();
  await manyStreams();
  const ff = await failFastAndAbort();
  results.failFast = ff;
  rows.push(['503 no_ready_endpoint latency p50 / max (ms)', '', `${fmt(ff.noReadyP50Ms)} / ${fmt(ff.noReadyMaxMs)}`]);
  rows.push(['client abort → replica sees it, p50 / max (ms)', '', `${fmt(ff.abortP50Ms)} / ${fmt(ff.abortMaxMs)}`]);
  await classifiers();

  const w = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length), 6);
  console.log(`\nSwitchyard bench — ${results.cpus} × ${results.cpu}, node ${results.node}${quick ? ' (quick)' : ''}\n`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padEnd(w1)}  ${c}`);
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify({ ...results, table: rows }, null, 2);
  writeFileSync(`${dir}${results.date as string}.json`.replace(/:/g, '-'), json);
  writeFileSync(`${dir}latest.json`, json);
  console.log(`\nwrote bench/results/latest.json`);
}

await main();
