import { z } from 'zod';

// One schema for the whole config file. Keys are snake_case because that is what users write in
// YAML (and what the issues specify); defaults sit beside each option with their unit in the name.

const port = z.number().int().min(0).max(65_535);
const positiveMs = z.number().int().positive();

const listenSchema = (defaultPort: number) =>
  z
    .object({
      host: z.string().min(1).default('0.0.0.0'),
      port: port.default(defaultPort),
    })
    .strict();

/** Fields shared by the global `upstream:` block and the per-model override. */
const upstreamFields = {
  // Short: a replica that cannot be reached is not going to become reachable in 30 s.
  connect_timeout_ms: positiveMs,
  // Time until the replica sends response headers. vLLM sends headers of a non-streaming
  // response only when generation is done, so this must cover a whole long answer.
  first_byte_timeout_ms: positiveMs,
  stream_idle_timeout_ms: positiveMs,
  // 0 = none: LLM generation time is unbounded by nature.
  total_timeout_ms: z.number().int().min(0),
  retries: z.number().int().min(0).max(10),
  retry_backoff_ms: z.number().int().min(0),
  retry_backoff_max_ms: z.number().int().min(0),
  // Envoy-style retry budget: retries in flight may not exceed this share of active requests.
  retry_budget_ratio: z.number().min(0).max(1),
  retry_budget_min: z.number().int().min(0),
  max_connections_per_endpoint: z.number().int().positive(),
  keep_alive_timeout_ms: positiveMs,
};

export const upstreamDefaults = {
  connect_timeout_ms: 5_000,
  first_byte_timeout_ms: 120_000,
  stream_idle_timeout_ms: 60_000,
  total_timeout_ms: 0,
  retries: 2,
  retry_backoff_ms: 25,
  retry_backoff_max_ms: 1_000,
  retry_budget_ratio: 0.2,
  retry_budget_min: 3,
  max_connections_per_endpoint: 512,
  keep_alive_timeout_ms: 30_000,
} as const;

const upstreamSchema = z.object(upstreamFields).partial().strict();

const healthCheckFields = {
  enabled: z.boolean(),
  path: z.string().startsWith('/'),
  expected_status: z.number().int().min(100).max(599),
  interval_ms: positiveMs,
  timeout_ms: positiveMs,
  healthy_threshold: z.number().int().positive(),
  unhealthy_threshold: z.number().int().positive(),
  backoff_initial_ms: positiveMs,
  backoff_max_ms: positiveMs,
};

export const healthCheckDefaults = {
  enabled: true,
  path: '/health',
  expected_status: 200,
  interval_ms: 5_000,
  timeout_ms: 2_000,
  healthy_threshold: 1,
  unhealthy_threshold: 2,
  backoff_initial_ms: 1_000,
  backoff_max_ms: 30_000,
} as const;

const healthCheckSchema = z.object(healthCheckFields).partial().strict();

const outlierFields = {
  consecutive_failures: z.number().int().positive(),
  base_ejection_ms: positiveMs,
  max_ejection_ms: positiveMs,
};

export const outlierDefaults = {
  consecutive_failures: 3,
  base_ejection_ms: 10_000,
  max_ejection_ms: 300_000,
} as const;

const outlierSchema = z.object(outlierFields).partial().strict();

const dnsDiscoverySchema = z
  .object({
    name: z.string().min(1),
    port: port.refine((p) => p > 0, 'port must be > 0'),
    scheme: z.enum(['http', 'https']).default('http'),
    refresh_s: z.number().positive().default(30),
    family: z.enum(['ipv4', 'ipv6', 'any']).default('ipv4'),
  })
  .strict();

const kubernetesDiscoverySchema = z
  .object({
    namespace: z.string().min(1).optional(),
    service: z.string().min(1),
    port_name: z.string().min(1),
    scheme: z.enum(['http', 'https']).default('http'),
  })
  .strict();

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// URL');

const endpointSchema = z
  .object({
    url: httpUrl.optional(),
    dns: dnsDiscoverySchema.optional(),
    kubernetes: kubernetesDiscoverySchema.optional(),
    weight: z.number().positive().default(1),
  })
  .strict()
  .refine((e) => [e.url, e.dns, e.kubernetes].filter((x) => x !== undefined).length === 1, {
    message: 'an endpoint needs exactly one of url, dns or kubernetes',
  });

const pricingSchema = z
  .object({
    currency: z.string().min(1).default('USD'),
    prompt_per_1m: z.number().min(0).default(0),
    completion_per_1m: z.number().min(0).default(0),
  })
  .strict();

const piiPolicySchema = z
  .object({
    allow_by_default: z.boolean().default(true),
    allowed_types: z.array(z.string().min(1)).default([]),
  })
  .strict();

const modelSchema = z
  .object({
    name: z.string().min(1).max(256),
    endpoints: z.array(endpointSchema).min(1),
    balancer: z.enum(['least_outstanding', 'round_robin', 'random']).default('least_outstanding'),
    pricing: pricingSchema.optional(),
    pii_policy: piiPolicySchema.optional(),
    upstream: upstreamSchema.optional(),
    health_check: healthCheckSchema.optional(),
    outlier: outlierSchema.optional(),
    // Sent upstream as `Authorization: Bearer …` (vLLM --api-key); read from env so the config
    // file can be a ConfigMap.
    api_key_env: z.string().min(1).optional(),
  })
  .strict();

const categorySchema = z
  .object({
    name: z.string().min(1),
    description: z.string().default(''),
    examples: z.array(z.string().min(1)).default([]),
    // Topic vocabulary: each term trains the classifier like a tiny example.
    keywords: z.array(z.string().min(1)).optional(),
    threshold: z.number().min(0).max(1).default(0.5),
    models: z
      .array(z.object({ model: z.string().min(1), score: z.number().min(0).max(1).default(1) }).strict())
      .default([]),
    system_prompt: z.string().optional(),
  })
  .strict();

const routingSchema = z
  .object({
    auto_model: z.string().min(1).default('auto'),
    default_model: z.string().min(1).optional(),
    categories: z.array(categorySchema).min(1).optional(),
    classifier: z
      .object({
        backend: z.enum(['local', 'embeddings']).default('local'),
        embeddings: z
          .object({ url: httpUrl, model: z.string().min(1), timeout_ms: positiveMs.default(2_000) })
          .strict()
          .optional(),
      })
      .strict()
      .default({ backend: 'local' }),
  })
  .strict();

const guardsSchema = z
  .object({
    jailbreak: z
      .object({ enabled: z.boolean().default(false), threshold: z.number().min(0).max(1).default(0.7) })
      .strict()
      .default({ enabled: false, threshold: 0.7 }),
    pii: z.object({ enabled: z.boolean().default(false) }).strict().default({ enabled: false }),
    block_response: z.enum(['error', 'content_filter']).default('error'),
  })
  .strict();

const cacheSchema = z
  .object({
    semantic: z
      .object({
        enabled: z.boolean().default(false),
        similarity_threshold: z.number().min(0).max(1).default(0.92),
        ttl_seconds: z.number().positive().default(3_600),
        max_entries: z.number().int().positive().default(10_000),
      })
      .strict()
      .default({ enabled: false, similarity_threshold: 0.92, ttl_seconds: 3_600, max_entries: 10_000 }),
  })
  .strict();

export const configSchema = z
  .object({
    server: listenSchema(8080)
      .extend({
        body_limit_bytes: z.number().int().positive().default(10 * 1024 * 1024),
        // SIGTERM: /readyz turns 503, in-flight requests get this long to finish.
        drain_timeout_ms: z.number().int().min(0).default(30_000),
        // Kubernetes endpoints controllers need a moment to stop sending traffic after readiness
        // flips; closing the listener before that turns into connection errors at clients.
        drain_delay_ms: z.number().int().min(0).default(0),
      })
      .default({ host: '0.0.0.0', port: 8080, body_limit_bytes: 10 * 1024 * 1024, drain_timeout_ms: 30_000, drain_delay_ms: 0 }),
    metrics: listenSchema(9190)
      .extend({ enabled: z.boolean().default(true) })
      .default({ host: '0.0.0.0', port: 9190, enabled: true }),
    admin: z
      .object({ token: z.string().min(16).optional(), token_file: z.string().min(1).optional() })
      .strict()
      .default({}),
    logging: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info') })
      .strict()
      .default({ level: 'info' }),
    ui: z
      .object({ enabled: z.boolean().default(true), path: z.string().startsWith('/').default('/') })
      .strict()
      .default({ enabled: true, path: '/' }),
    upstream: upstreamSchema.default({}),
    health_check: healthCheckSchema.default({}),
    outlier: outlierSchema.default({}),
    models: z.array(modelSchema).min(1),
    routing: routingSchema.optional(),
    guards: guardsSchema.default({
      jailbreak: { enabled: false, threshold: 0.7 },
      pii: { enabled: false },
      block_response: 'error',
    }),
    cache: cacheSchema.default({
      semantic: { enabled: false, similarity_threshold: 0.92, ttl_seconds: 3_600, max_entries: 10_000 },
    }),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const names = new Set<string>();
    cfg.models.forEach((m, i) => {
      if (names.has(m.name)) {
        ctx.addIssue({ code: 'custom', path: ['models', i, 'name'], message: `duplicate model name "${m.name}"` });
      }
      names.add(m.name);
    });
    const r = cfg.routing;
    if (!r) return;
    if (names.has(r.auto_model)) {
      ctx.addIssue({ code: 'custom', path: ['routing', 'auto_model'], message: `"${r.auto_model}" is also a configured model name` });
    }
    if (r.default_model !== undefined && !names.has(r.default_model)) {
      ctx.addIssue({ code: 'custom', path: ['routing', 'default_model'], message: `unknown model "${r.default_model}"` });
    }
    r.categories?.forEach((c, ci) =>
      c.models.forEach((m, mi) => {
        if (!names.has(m.model)) {
          ctx.addIssue({
            code: 'custom',
            path: ['routing', 'categories', ci, 'models', mi, 'model'],
            message: `unknown model "${m.model}" (not in models[])`,
          });
        }
      }),
    );
    if (r.classifier.backend === 'embeddings' && !r.classifier.embeddings) {
      ctx.addIssue({ code: 'custom', path: ['routing', 'classifier', 'embeddings'], message: 'required when backend is "embeddings"' });
    }
  });

export type RawConfig = z.input<typeof configSchema>;
export type ParsedConfig = z.infer<typeof configSchema>;
export type ModelConfigParsed = ParsedConfig['models'][number];
export type EndpointConfig = ModelConfigParsed['endpoints'][number];
export type CategoryConfig = NonNullable<NonNullable<ParsedConfig['routing']>['categories']>[number];
export type UpstreamSettings = { -readonly [K in keyof typeof upstreamDefaults]: number };
export type HealthCheckSettings = { enabled: boolean; path: string } & {
  -readonly [K in Exclude<keyof typeof healthCheckDefaults, 'enabled' | 'path'>]: number;
};
export type OutlierSettings = { -readonly [K in keyof typeof outlierDefaults]: number };
