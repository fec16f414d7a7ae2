import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import {
  configSchema,
  healthCheckDefaults,
  outlierDefaults,
  upstreamDefaults,
  type HealthCheckSettings,
  type ModelConfigParsed,
  type OutlierSettings,
  type ParsedConfig,
  type UpstreamSettings,
} from './schema.js';

/** A model with every inherited block resolved, so the hot path never merges defaults. */
export type ModelConfig = Omit<ModelConfigParsed, 'upstream' | 'health_check' | 'outlier'> & {
  readonly upstream: Readonly<UpstreamSettings>;
  readonly health_check: Readonly<HealthCheckSettings>;
  readonly outlier: Readonly<OutlierSettings>;
};

export type Config = Omit<ParsedConfig, 'models' | 'upstream' | 'health_check' | 'outlier'> & {
  readonly models: readonly ModelConfig[];
  readonly upstream: Readonly<UpstreamSettings>;
  readonly health_check: Readonly<HealthCheckSettings>;
  readonly outlier: Readonly<OutlierSettings>;
  /** Where the config came from, for logs and reload. */
  readonly source: string;
};

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length ? `${message}\n  - ${problems.join('\n  - ')}` : message);
    this.name = 'ConfigError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => {
    const where = formatPath(i.path);
    if (i.code === 'unrecognized_keys') return `${where}: unknown key(s) ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    return `${where}: ${i.message}`;
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Validates an already-parsed object (YAML or JS) and returns the frozen, resolved config. */
export function buildConfig(raw: unknown, source = '(inline)'): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) throw new ConfigError(`invalid config ${source}`, formatIssues(result.error.issues));
  const parsed = result.data;
  const upstream = { ...upstreamDefaults, ...parsed.upstream };
  const health_check = { ...healthCheckDefaults, ...parsed.health_check };
  const outlier = { ...outlierDefaults, ...parsed.outlier };
  const models = parsed.models.map(
    (m): ModelConfig => ({
      ...m,
      upstream: { ...upstream, ...m.upstream },
      health_check: { ...health_check, ...m.health_check },
      outlier: { ...outlier, ...m.outlier },
    }),
  );
  return deepFreeze({ ...parsed, upstream, health_check, outlier, models, source });
}

export function parseConfigText(text: string, source: string): Config {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const msg = err instanceof YAMLParseError ? err.message : String(err);
    throw new ConfigError(`cannot parse ${source} as YAML`, [msg]);
  }
  return buildConfig(raw, source);
}

export async function loadConfigFile(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return parseConfigText(text, path);
}

/** `--config` wins over `SWITCHYARD_CONFIG`; undefined means "run the embedded demo". */
export function configPathFrom(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return flag ?? (env.SWITCHYARD_CONFIG || undefined);
}
