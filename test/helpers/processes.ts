import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the CLI from source (through tsx) as a real child process. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '-e', `import('./src/cli/main.ts').then(async (m) => { const c = await m.main(process.argv.slice(1)); if (typeof c === 'number') process.exit(c); })`, '--', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Waits until the child prints a line matching `re`, returning the match. */
export function waitForOutput(child: ChildProcess, re: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => reject(new Error(`timed out waiting for ${re} in output:\n${buf}`)), timeoutMs);
    const on = (b: Buffer) => {
      buf += b.toString();
      const m = buf.match(re);
      if (m) {
        clearTimeout(t);
        child.stdout?.off('data', on);
        resolve(m);
      }
    };
    child.stdout?.on('data', on);
    child.once('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`process exited (${code}) before ${re}:\n${buf}`));
    });
  });
}

/** A simulator in its own process, so a test can SIGKILL it like a crashed replica. */
export async function spawnSim(args: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = spawnCli(['sim', '--host', '127.0.0.1', '--port', '0', '--ttft-ms', '0', '--itl-ms', '0', '--jitter', '0', ...args]);
  const m = await waitForOutput(child, /at (http:\/\/127\.0\.0\.1:\d+)/);
  return { child, url: m[1]! };
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((r) => child.once('exit', (code) => r(code)));
}
