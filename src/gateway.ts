import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { loadConfigFile, type Config } from './config/load.js';
import { createLogger } from './logging/logger.js';
import { startMetricsServer } from './metrics/metrics-server.js';
import { GatewayMetrics } from './metrics/registry.js';
import { createRequestObserver, type StatsSink } from './metrics/request-observer.js';
import { ModelRegistry, type DiscoveryFactory } from './routing/model-registry.js';
import { buildApp } from './server/app.js';
import type { Stage } from './server/context.js';
import { buildStages, type StageDeps } from './server/stages.js';
import { registerClassifyRoute } from './server/classify-route.js';
import { SemanticCache } from './cache/semantic-cache.js';
import { SemanticEngine } from './semantic/engine.js';
import { proxyToPool } from './upstream/proxy.js';

export interface GatewayOptions {
  config: Config;
  log?: Logger;
  /** File to re-read on reload (SIGHUP, file change, POST /admin/reload). */
  configPath?: string;
  discovery?: DiscoveryFactory;
  stats?: StatsSink;
  /** Feature routes (UI, stats, classify, doctor) to mount on the main app. */
  extend?: (app: FastifyInstance, gw: Gateway) => void;
}

function readAdminToken(config: Config): string | undefined {
  if (config.admin.token) return config.admin.token;
  if (config.admin.token_file) return readFileSync(config.admin.token_file, 'utf8').trim() || undefined;
  return undefined;
}

/**
 * Thin lifecycle wiring: owns the current config generation (registry + stages) and swaps it
 * atomically on reload; requests read it through getters, so a request in flight keeps the
 * generation it started with.
 */
export class Gateway {
  readonly metrics: GatewayMetrics;
  readonly log: Logger;
  config: Config;
  registry: ModelRegistry;
  stages: readonly Stage[];
  readonly engine: SemanticEngine;
  cache: SemanticCache | undefined;
  private draining = false;
  private adminToken: string | undefined;
  app!: FastifyInstance;
  metricsApp: FastifyInstance | undefined;

  private constructor(private readonly opts: GatewayOptions) {
    this.config = opts.config;
    this.log = opts.log ?? createLogger(opts.config.logging.level);
    this.metrics = new GatewayMetrics();
    this.registry = new ModelRegistry(this.config, this.metrics, this.log, opts.discovery);
    this.engine = new SemanticEngine(this.config, this.metrics);
    this.cache = cacheFor(this.config);
    this.stages = buildStages(this.stageDeps());
    this.adminToken = readAdminToken(this.config);
  }

  static async start(opts: GatewayOptions): Promise<Gateway> {
    const gw = new Gateway(opts);
    // Build the category model before listening, so the first `auto` request does not pay ~0.5 s.
    if (gw.config.routing) await gw.engine.warm();
    await gw.listen();
    return gw;
  }

  private stageDeps(): StageDeps {
    return { config: this.config, registry: () => this.registry, metrics: this.metrics, log: this.log, engine: this.engine, cache: this.cache };
  }

  private async listen(): Promise<void> {
    const observe = createRequestObserver({
      metrics: this.metrics,
      log: this.log,
      modelConfig: (name) => this.registry.get(name)?.config,
      isKnownAlias: (name) => name === this.config.routing?.auto_model,
      stats: this.opts.stats,
    });
    this.app = buildApp({
      log: this.log,
      bodyLimitBytes: this.config.server.body_limit_bytes,
      registry: () => this.registry,
      stages: () => this.stages,
      proxy: (ctx, res) => {
        const pool = this.registry.get(ctx.model!);
        if (!pool) throw new Error(`model ${ctx.model} resolved but has no pool`);
        return proxyToPool(ctx, pool, res, { metrics: this.metrics });
      },
      observe,
      isDraining: () => this.draining,
      aliases: () => (this.config.routing ? [this.config.routing.auto_model] : []),
      adminToken: () => this.adminToken,
      reload: () => this.reload(),
      extend: (app) => {
        registerClassifyRoute(app, { engine: () => this.engine });
        this.opts.extend?.(app, this);
      },
    });
    const { host, port } = this.config.server;
    await this.app.listen({ host, port });
    if (this.config.metrics.enabled) this.metricsApp = await startMetricsServer(this.metrics, this.config.metrics, this.log);
  }

  get port(): number {
    return (this.app.server.address() as AddressInfo).port;
  }

  get url(): string {
    const h = this.config.server.host;
    return `http://${h === '0.0.0.0' || h === '::' ? '127.0.0.1' : h}:${this.port}`;
  }

  get metricsUrl(): string | undefined {
    if (!this.metricsApp) return undefined;
    const h = this.config.metrics.host;
    return `http://${h === '0.0.0.0' || h === '::' ? '127.0.0.1' : h}:${(this.metricsApp.server.address() as AddressInfo).port}`;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Validates and swaps in a new config; on any error the running one stays and the error is returned. */
  async reload(next?: Config): Promise<{ ok: boolean; error?: string }> {
    let config: Config;
    try {
      if (next) config = next;
      else if (this.opts.configPath) config = await loadConfigFile(this.opts.configPath);
      else return { ok: false, error: 'no config file to reload from' };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      this.log.error({ error }, 'config reload rejected; keeping the running config');
      return { ok: false, error };
    }
    const s = this.config.server;
    if (config.server.host !== s.host || config.server.port !== s.port) {
      this.log.warn('server.host/port changes need a restart; keeping the current listener');
    }
    const old = this.registry;
    this.config = config;
    this.registry = new ModelRegistry(config, this.metrics, this.log, this.opts.discovery, old);
    this.engine.update(config);
    if (!isDeepStrictEqual(config.cache, old.config.cache)) this.cache = cacheFor(config);
    this.stages = buildStages(this.stageDeps());
    if (config.routing) void this.engine.warm();
    try {
      this.adminToken = readAdminToken(config);
    } catch (err) {
      this.log.error({ err }, 'cannot read admin.token_file; admin routes keep the previous token');
    }
    this.log.info({ models: config.models.map((m) => m.name), source: config.source }, 'config reloaded');
    void old.close(config.server.drain_timeout_ms);
    return { ok: true };
  }

  /** SIGTERM: unready, stop accepting, let in-flight requests finish up to drain_timeout_ms. */
  async shutdown(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    const { drain_delay_ms, drain_timeout_ms } = this.config.server;
    this.log.info({ drain_delay_ms, drain_timeout_ms }, 'draining');
    if (drain_delay_ms > 0) await new Promise((r) => setTimeout(r, drain_delay_ms));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), drain_timeout_ms);
    });
    // close() only closes connections idle at that instant; keep-alive connections whose last
    // stream ends later would hold the process until their idle timeout, so sweep them.
    const sweep = setInterval(() => this.app.server.closeIdleConnections(), 50);
    const result = await Promise.race([this.app.close().then(() => 'drained' as const), deadline]);
    clearInterval(sweep);
    clearTimeout(timer);
    if (result === 'timeout') {
      this.log.warn('drain timeout reached; closing remaining connections');
      this.app.server.closeAllConnections();
    }
    await this.closeRest();
    this.log.info({ result }, 'shut down');
  }

  async close(): Promise<void> {
    this.draining = true;
    this.app.server.closeAllConnections();
    await this.app.close();
    await this.closeRest();
  }

  private async closeRest(): Promise<void> {
    await this.metricsApp?.close();
    await this.registry.close();
    await this.engine.close();
  }
}

function cacheFor(config: Config): SemanticCache | undefined {
  const c = config.cache.semantic;
  return c.enabled ? new SemanticCache({ similarityThreshold: c.similarity_threshold, ttlSeconds: c.ttl_seconds, maxEntries: c.max_entries }) : undefined;
}

export const startGateway = (opts: GatewayOptions) => Gateway.start(opts);
