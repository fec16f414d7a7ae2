import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';

export interface SliceEndpointSpec {
  ip: string;
  ready?: boolean | null;
  terminating?: boolean;
}

/** An EndpointSlice as the API server serializes it. */
export function makeSlice(name: string, service: string, endpoints: SliceEndpointSpec[], ports: { name: string; port: number }[]) {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name, namespace: '', labels: { 'kubernetes.io/service-name': service }, resourceVersion: '' },
    addressType: endpoints.some((e) => e.ip.includes(':')) ? 'IPv6' : 'IPv4',
    endpoints: endpoints.map((e) => ({
      addresses: [e.ip],
      conditions: { ready: e.ready === undefined ? true : e.ready, serving: e.ready !== false, terminating: e.terminating ?? false },
    })),
    ports: ports.map((p) => ({ name: p.name, port: p.port, protocol: 'TCP' })),
  };
}
export type Slice = ReturnType<typeof makeSlice>;

/**
 * A fake Kubernetes API server for `discovery.k8s.io/v1` EndpointSlices: list, and a chunked
 * watch stream the test drives with ADDED/MODIFIED/DELETED events.
 */
export class FakeKubeApi {
  readonly slices = new Map<string, Slice>();
  readonly requests: { watch: boolean; namespace: string; selector: string | null; resourceVersion: string | null }[] = [];
  private readonly watchers = new Set<ServerResponse>();
  private rv = 100;
  /** Answer the next N list requests with 500. */
  failLists = 0;
  private readonly server = createServer((req, res) => this.handle(req, res));
  private dir = '';
  url = '';
  kubeconfigPath = '';

  async start(contextNamespace = 'team-a'): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.dir = await mkdtemp(join(tmpdir(), 'sy-kube-'));
    this.kubeconfigPath = join(this.dir, 'kubeconfig');
    await writeFile(
      this.kubeconfigPath,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        '- name: fake',
        `  cluster: { server: "${this.url}", insecure-skip-tls-verify: true }`,
        'users:',
        '- name: tester',
        '  user: { token: test-token }',
        'contexts:',
        '- name: fake',
        `  context: { cluster: fake, user: tester, namespace: ${contextNamespace} }`,
        'current-context: fake',
        '',
      ].join('\n'),
    );
    return this;
  }

  kubeConfig(): KubeConfig {
    const kc = new KubeConfig();
    kc.loadFromFile(this.kubeconfigPath);
    return kc;
  }

  get watchCount(): number {
    return this.watchers.size;
  }

  /** Changes the stored state and sends the event to every open watch. */
  emit(type: 'ADDED' | 'MODIFIED' | 'DELETED', slice: Slice): void {
    const obj = structuredClone(slice);
    obj.metadata.resourceVersion = String(++this.rv);
    if (type === 'DELETED') this.slices.delete(slice.metadata.name);
    else this.slices.set(slice.metadata.name, obj);
    this.broadcast({ type, object: obj });
  }

  /** Changes state without telling open watches, as if events were missed during a disconnect. */
  setSilently(slice: Slice | { delete: string }): void {
    if ('delete' in slice) this.slices.delete(slice.delete);
    else this.slices.set(slice.metadata.name, { ...structuredClone(slice), metadata: { ...slice.metadata, resourceVersion: String(++this.rv) } });
  }

  /** A watch ERROR event with 410 Gone, as after etcd compaction. */
  expireWatches(): void {
    this.broadcast({ type: 'ERROR', object: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Expired', code: 410 } });
  }

  /** Cut every open watch connection abruptly. */
  dropWatches(): void {
    for (const w of this.watchers) w.destroy();
    this.watchers.clear();
  }

  async close(): Promise<void> {
    this.dropWatches();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
    await rm(this.dir, { recursive: true, force: true });
  }

  private broadcast(event: unknown): void {
    const line = `${JSON.stringify(event)}\n`;
    for (const w of this.watchers) w.write(line);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const u = new URL(req.url ?? '/', this.url);
    const m = /^\/apis\/discovery\.k8s\.io\/v1\/namespaces\/([^/]+)\/endpointslices$/.exec(u.pathname);
    if (!m || req.method !== 'GET' || req.headers.authorization !== 'Bearer test-token') {
      res.writeHead(m ? 401 : 404, { 'content-type': 'application/json' }).end('{"kind":"Status","code":404}');
      return;
    }
    const watch = u.searchParams.get('watch') === 'true';
    const selector = u.searchParams.get('labelSelector');
    this.requests.push({ watch, namespace: decodeURIComponent(m[1]!), selector, resourceVersion: u.searchParams.get('resourceVersion') });
    if (watch) {
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      res.flushHeaders();
      this.watchers.add(res);
      res.on('close', () => this.watchers.delete(res));
      return;
    }
    if (this.failLists > 0) {
      this.failLists--;
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"kind":"Status","code":500,"message":"etcdserver: leader changed"}');
      return;
    }
    const items = [...this.slices.values()].filter((s) => !selector || selector === `kubernetes.io/service-name=${s.metadata.labels['kubernetes.io/service-name']}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSliceList', metadata: { resourceVersion: String(this.rv) }, items }),
    );
  }
}
