import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const bin = fileURLToPath(new URL('../bin/switchyard.js', import.meta.url));

export interface Proc {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

function waitFor(child: ChildProcess, re: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => reject(new Error(`timeout waiting for ${re}: ${buf}`)), 20_000);
    const on = (b: Buffer) => {
      buf += b.toString();
      const m = buf.match(re);
      if (m) {
        clearTimeout(t);
        // Keep draining (and discarding) output so the child never blocks on a full pipe.
        child.stdout!.off('data', on);
        child.stdout!.resume();
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', on);
    child.once('exit', (c) => reject(new Error(`exited ${c}: ${buf}`)));
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((r) => {
      if (child.exitCode !== null) return r();
      child.once('exit', () => r());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
}

/** The simulator in its own process (the compiled CLI), so it does not share the client's CPU. */
export async function startSimProcess(args: string[]): Promise<Proc> {
  const child = spawn(process.execPath, [bin, 'sim', '--host', '127.0.0.1', '--port', '0', '--model', 'bench', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await waitFor(child, /at (http:\/\/127\.0\.0\.1:\d+)/);
  return { child, url, stop: stopper(child) };
}

export async function startGatewayProcess(simUrls: string[], extra: Record<string, unknown> = {}): Promise<Proc> {
  const dir = mkdtempSync(join(tmpdir(), 'sy-bench-'));
  const path = join(dir, 'config.yaml');
  writeFileSync(
    path,
    stringify({
      server: { host: '127.0.0.1', port: 0 },
      metrics: { host: '127.0.0.1', port: 0 },
      models: [{ name: 'bench', endpoints: simUrls.map((url) => ({ url })) }],
      ...extra,
    }),
  );
  // Logs at the default level (one line per request), written to a file as in production.
  const child = spawn(process.execPath, [bin, 'serve', '--config', path], { stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await waitFor(child, /OpenAI API\s+(http:\/\/127\.0\.0\.1:\d+)\/v1/);
  await new Promise((r) => setTimeout(r, 500)); // first health checks
  return { child, url, stop: stopper(child) };
}

export function rssMb(pid: number): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Number(m[1]) / 1024 : NaN;
}

/** CPU seconds (user + system) a process has used so far, from /proc: robust to a busy machine. */
export function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const parts = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(parts[11]) + Number(parts[12])) / 100;
}
