import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function ip(args: string[]): void {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr.trim()}`);
}

/**
 * A network namespace joined to the test's namespace by a veth pair on a /30 the test owns
 * (10.253.N.M, never routed anywhere else). `inner` is the namespace-side address.
 */
export class VethNamespace {
  readonly name: string;
  readonly outer: string;
  readonly inner: string;
  private readonly hostIf: string;
  private readonly children: ChildProcess[] = [];

  constructor(tag: string, subnet: number, base: number) {
    const id = process.pid % 100_000;
    this.name = `sy-${tag}-${id}`;
    this.hostIf = `sy${tag}${id}`.slice(0, 15);
    this.outer = `10.253.${subnet}.${base + 1}`;
    this.inner = `10.253.${subnet}.${base + 2}`;
  }

  create(): this {
    const peer = `${this.hostIf.slice(0, 13)}p`;
    ip(['netns', 'add', this.name]);
    try {
      ip(['link', 'add', this.hostIf, 'type', 'veth', 'peer', 'name', peer]);
      ip(['link', 'set', peer, 'netns', this.name]);
      ip(['addr', 'add', `${this.outer}/30`, 'dev', this.hostIf]);
      ip(['link', 'set', this.hostIf, 'up']);
      ip(['-n', this.name, 'addr', 'add', `${this.inner}/30`, 'dev', peer]);
      ip(['-n', this.name, 'link', 'set', peer, 'up']);
      ip(['-n', this.name, 'link', 'set', 'lo', 'up']);
    } catch (err) {
      this.destroy();
      throw err;
    }
    return this;
  }

  /** Replies from inside vanish: SYNs arrive, SYN-ACKs are dropped, the connect times out. */
  blackholeReturnPath(): void {
    ip(['-n', this.name, 'route', 'add', 'blackhole', `${this.outer}/32`]);
  }

  /** Runs the simulator CLI inside the namespace; resolves once it prints that it serves. */
  async startSimulator(args: string[]): Promise<void> {
    const script = `import('./src/sim/cli.ts').then((m) => m.runSimCommand(${JSON.stringify(args)}))`;
    const child = spawn('ip', ['netns', 'exec', this.name, process.execPath, '--import', 'tsx', '-e', script], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.push(child);
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`simulator did not start in ${this.name}: ${out}`)), 20_000);
      const onData = (d: Buffer) => {
        out += d.toString();
        if (out.includes('serving model')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`simulator exited with ${code}: ${out}`));
      });
    });
  }

  /** Runs a short node script inside the namespace and returns its stdout. */
  exec(script: string): string {
    const r = spawnSync('ip', ['netns', 'exec', this.name, process.execPath, '-e', script], { encoding: 'utf8', timeout: 10_000 });
    if (r.status !== 0) throw new Error(`exec in ${this.name} failed: ${r.stderr}`);
    return r.stdout.trim();
  }

  destroy(): void {
    for (const c of this.children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    // Deleting the namespace deletes the veth pair and every route on it.
    spawnSync('ip', ['netns', 'del', this.name]);
    spawnSync('ip', ['link', 'del', this.hostIf]);
  }
}

/** Whether this machine lets the test build namespaces; the reason when it does not. */
export function netnsUnavailable(): string | undefined {
  const v = spawnSync('ip', ['-V'], { encoding: 'utf8' });
  if (v.error) return '`ip` (iproute2) is not installed';
  const probe = `sy-probe-${process.pid}`;
  const r = spawnSync('ip', ['netns', 'add', probe], { encoding: 'utf8' });
  if (r.status !== 0) return `cannot create network namespaces: ${r.stderr.trim()}`;
  spawnSync('ip', ['netns', 'del', probe]);
  return undefined;
}
