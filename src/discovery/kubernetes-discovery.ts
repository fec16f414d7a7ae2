import { DiscoveryV1Api, Watch, type KubeConfig } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import type { EndpointConfig } from '../config/schema.js';
import type { DiscoverySource } from '../routing/model-registry.js';
import { parseEndpointSlice, serviceSelector, summarizeSlices, type EndpointSlice } from './endpoint-slices.js';
import { defaultNamespace, endpointSlicesPath, loadDefaultKubeConfig } from './kube-client.js';
import { diffUrls, sameUrls, type TargetSink } from './targets.js';

export type KubernetesSettings = NonNullable<EndpointConfig['kubernetes']>;

export interface KubernetesDiscoveryOptions {
  sink: TargetSink;
  group: string;
  kubernetes: KubernetesSettings;
  weight: number;
  log: Logger;
  kubeConfig?: KubeConfig;
  namespaceFile?: string;
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  /** Server-side watch timeout; the watch is re-opened from the last resourceVersion after it. */
  watchTimeoutS?: number;
}

type WatchOutcome = 'closed' | 'expired';

/** A watch that ends sooner than this is treated as a failure for backoff, so a proxy that
 *  cuts every watch at once cannot make the loop spin. */
const MIN_HEALTHY_WATCH_MS = 1_000;

/**
 * Follows the EndpointSlices of one Service (list, then watch from the list's resourceVersion;
 * relist when the watch expires or fails, with backoff). Only ready, non-terminating endpoints
 * go to the pool; endpoints that start terminating or disappear are removed, and the pool
 * drains them so requests already on them finish. API errors keep the last known set.
 */
export class KubernetesDiscovery implements DiscoverySource {
  readonly namespace: string;
  private readonly kc: KubeConfig;
  private readonly api: DiscoveryV1Api;
  private readonly slices = new Map<string, EndpointSlice>();
  private resourceVersion: string | undefined;
  private current: string[] | undefined;
  private stopped = false;
  private failures = 0;
  private controller: AbortController | undefined;
  private sleepTimer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private readonly mismatchWarned = new Set<string>();

  constructor(private readonly opts: KubernetesDiscoveryOptions) {
    this.kc = opts.kubeConfig ?? loadDefaultKubeConfig();
    this.api = this.kc.makeApiClient(DiscoveryV1Api);
    this.namespace = opts.kubernetes.namespace ?? defaultNamespace(this.kc, opts.namespaceFile);
  }

  /** URLs currently handed to the pool; undefined until the first successful list. */
  get urls(): readonly string[] | undefined {
    return this.current;
  }

  start(): this {
    this.loop ??= this.run();
    return this;
  }

  stop(): void {
    this.stopped = true;
    this.controller?.abort();
    clearTimeout(this.sleepTimer);
    this.wake?.();
  }

  /** Stops and resolves once the loop has exited, so tests leak no sockets. */
  async close(): Promise<void> {
    this.stop();
    await this.loop;
  }

  private get selector(): string {
    return serviceSelector(this.opts.kubernetes.service);
  }

  private async run(): Promise<void> {
    let needList = true;
    while (!this.stopped) {
      const started = Date.now();
      try {
        if (needList) await this.list();
        needList = false;
        const outcome = await this.watchOnce();
        if (outcome === 'expired') needList = true;
        if (Date.now() - started >= MIN_HEALTHY_WATCH_MS) this.failures = 0;
        else this.failures++;
      } catch (err) {
        if (this.stopped) break;
        needList = true;
        this.failures++;
        this.opts.log.warn(
          {
            group: this.opts.group,
            namespace: this.namespace,
            server: this.kc.getCurrentCluster()?.server,
            error: describe(err),
            failures: this.failures,
            keeping: this.current?.length ?? 0,
          },
          'kubernetes discovery: list/watch failed, keeping the last known endpoints',
        );
      }
      if (this.failures > 0) await this.sleep(this.backoffMs());
    }
  }

  private backoffMs(): number {
    const initial = this.opts.backoffInitialMs ?? 500;
    const max = this.opts.backoffMaxMs ?? 30_000;
    const exp = Math.min(initial * 2 ** Math.min(this.failures - 1, 20), max);
    return Math.round(exp / 2 + (Math.random() * exp) / 2);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopped) return resolve();
      this.wake = resolve;
      this.sleepTimer = setTimeout(resolve, ms);
      this.sleepTimer.unref();
    });
  }

  private async list(): Promise<void> {
    const res = await this.api.listNamespacedEndpointSlice({ namespace: this.namespace, labelSelector: this.selector });
    this.slices.clear();
    for (const item of res.items) {
      const slice = parseEndpointSlice(item);
      this.slices.set(slice.metadata.name, slice);
    }
    this.resourceVersion = res.metadata?.resourceVersion;
    this.publish();
  }

  private watchOnce(): Promise<WatchOutcome> {
    return new Promise<WatchOutcome>((resolve, reject) => {
      let expired = false;
      const onEvent = (type: string, obj: unknown): void => {
        if (type === 'ERROR') {
          // 410 Gone: our resourceVersion is too old; anything else is also fixed by a relist.
          expired = true;
          this.controller?.abort();
          return;
        }
        this.onEvent(type, obj);
      };
      const onDone = (err: unknown): void => {
        if (expired) resolve('expired');
        else if (err && !this.stopped) reject(err);
        else resolve('closed');
      };
      const query = {
        labelSelector: this.selector,
        resourceVersion: this.resourceVersion,
        allowWatchBookmarks: true,
        timeoutSeconds: this.opts.watchTimeoutS ?? 300,
      };
      new Watch(this.kc).watch(endpointSlicesPath(this.namespace), query, onEvent, onDone).then(
        (controller) => {
          this.controller = controller;
          if (this.stopped) controller.abort();
        },
        reject,
      );
    });
  }

  private onEvent(type: string, obj: unknown): void {
    let slice: EndpointSlice;
    try {
      slice = parseEndpointSlice(obj);
    } catch (err) {
      if (type !== 'BOOKMARK') this.opts.log.warn({ group: this.opts.group, type, error: describe(err) }, 'kubernetes discovery: ignoring malformed event');
      return;
    }
    if (slice.metadata.resourceVersion) this.resourceVersion = slice.metadata.resourceVersion;
    if (type === 'ADDED' || type === 'MODIFIED') this.slices.set(slice.metadata.name, slice);
    else if (type === 'DELETED') this.slices.delete(slice.metadata.name);
    else return;
    this.publish();
  }

  private publish(): void {
    const { kubernetes: k, log, group } = this.opts;
    const summary = summarizeSlices(this.slices.values(), k.port_name, k.scheme);
    for (const m of summary.portMismatch) {
      if (this.mismatchWarned.has(m.slice)) continue;
      this.mismatchWarned.add(m.slice);
      log.warn({ group, slice: m.slice, port_name: k.port_name, ports: m.ports }, 'kubernetes discovery: EndpointSlice has no port with the configured name');
    }
    if (this.current && sameUrls(this.current, summary.urls)) return;
    const { added, removed } = diffUrls(this.current ?? [], summary.urls);
    this.current = summary.urls;
    this.opts.sink.setTargets(group, summary.urls.map((url) => ({ url, weight: this.opts.weight })));
    log.info(
      { group, namespace: this.namespace, service: k.service, added, removed, routable: summary.urls.length, not_ready: summary.notReady, terminating: summary.terminating },
      'kubernetes discovery: endpoints changed',
    );
  }
}

function describe(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; statusCode?: unknown; message?: unknown };
    const status = e.code ?? e.statusCode;
    const msg = typeof e.message === 'string' ? e.message.split('\n')[0] : String(err);
    return status !== undefined ? `${String(status)}: ${msg}` : (msg ?? String(err));
  }
  return String(err);
}

export function startKubernetesDiscovery(opts: KubernetesDiscoveryOptions): KubernetesDiscovery {
  return new KubernetesDiscovery(opts).start();
}
