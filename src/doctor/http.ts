import { z } from 'zod';
import { check, type CheckResult, type CheckScope } from './report.js';
import { httpErrorCode, httpGet, joinUrl, parseJsonText, type HttpAnswer, type HttpProbeOptions } from './http-get.js';

const modelsListSchema = z.object({ data: z.array(z.object({ id: z.string() })) });

/** The replica's health route: 200 ready, 503 is vLLM still loading the model. */
export async function checkHealth(baseUrl: string, path: string, scope: CheckScope, opts: HttpProbeOptions): Promise<{ result: CheckResult; ms: number | null }> {
  const base = { id: 'endpoint.http.health' as const, section: 'endpoint' as const, ...scope };
  try {
    const r = await httpGet(joinUrl(baseUrl, path), opts);
    const data = { status: r.status, ms: r.ms };
    if (r.status === 200) return { ms: r.ms, result: check({ ...base, status: 'pass', message: `GET ${path} → 200 in ${r.ms} ms`, duration_ms: r.ms, data }) };
    const loading = r.status === 503;
    return {
      ms: r.ms,
      result: check({
        ...base,
        status: 'fail',
        message: loading ? `GET ${path} → 503: the server is up but not ready (vLLM answers 503 while it loads the model)` : `GET ${path} → ${r.status}`,
        fix: loading ? 'wait for the model to load and watch the server log; the gateway routes to it once /health answers 200' : `check health_check.path (now ${path}) matches the server's health route`,
        duration_ms: r.ms,
        data,
      }),
    };
  } catch (err) {
    const code = httpErrorCode(err);
    return {
      ms: null,
      result: check({
        ...base,
        status: 'fail',
        message: `GET ${path} failed (${code})`,
        fix: code.includes('Timeout') ? 'the server accepts connections but does not answer: is it overloaded or hung?' : 'check that this port speaks HTTP (not TLS, not another protocol)',
        data: { error: code },
      }),
    };
  }
}

/** `/v1/models` must list the name the gateway will send as `model`, or every request is a 404. */
export async function checkModels(baseUrl: string, modelName: string, scope: CheckScope, opts: HttpProbeOptions): Promise<{ result: CheckResult; ms: number | null }> {
  const base = { id: 'endpoint.http.models' as const, section: 'endpoint' as const, ...scope };
  let r: HttpAnswer;
  try {
    r = await httpGet(joinUrl(baseUrl, '/v1/models'), opts);
  } catch (err) {
    const code = httpErrorCode(err);
    return { ms: null, result: check({ ...base, status: 'fail', message: `GET /v1/models failed (${code})`, fix: 'check the server is OpenAI-compatible and answering', data: { error: code } }) };
  }
  const data: Record<string, unknown> = { status: r.status, ms: r.ms };
  if (r.status === 401 || r.status === 403) {
    return {
      ms: r.ms,
      result: check({ ...base, status: 'fail', message: `GET /v1/models → ${r.status}: the server wants an API key`, fix: "set the model's api_key_env to a variable holding the server's --api-key", duration_ms: r.ms, data }),
    };
  }
  const parsed = r.status === 200 ? modelsListSchema.safeParse(parseJsonText(r.text)) : undefined;
  if (!parsed?.success) {
    return {
      ms: r.ms,
      result: check({ ...base, status: 'fail', message: `GET /v1/models → ${r.status}, not an OpenAI model list`, fix: 'point the URL at the OpenAI-compatible server root (no /v1 suffix)', duration_ms: r.ms, data }),
    };
  }
  const served = parsed.data.data.map((m) => m.id);
  data.served = served;
  if (served.includes(modelName)) {
    return { ms: r.ms, result: check({ ...base, status: 'pass', message: `serves "${modelName}"`, duration_ms: r.ms, data }) };
  }
  return {
    ms: r.ms,
    result: check({
      ...base,
      status: 'fail',
      message: `serves ${served.map((s) => `"${s}"`).join(', ') || 'no models'}, not "${modelName}"`,
      fix: served.length ? `rename the model to "${served[0]}" in the config, or start vLLM with --served-model-name ${modelName}` : 'the server lists no models: is it still loading?',
      duration_ms: r.ms,
      data,
    }),
  };
}

/** Round-trip times seen by the other checks; slow answers to trivial routes mean a slow path. */
export function checkLatency(times: { connect_ms: number | null; health_ms: number | null; models_ms: number | null }, warnMs: number, scope: CheckScope): CheckResult {
  const worst = Math.max(...Object.values(times).map((v) => v ?? 0));
  const base = { id: 'endpoint.latency' as const, section: 'endpoint' as const, ...scope, duration_ms: worst, data: { ...times, warn_ms: warnMs } };
  const parts = Object.entries(times).filter(([, v]) => v !== null).map(([k, v]) => `${k.replace('_ms', '')} ${v} ms`).join(', ');
  if (worst > warnMs) {
    return check({ ...base, status: 'warn', message: `slow: ${parts} (over ${warnMs} ms)`, fix: 'a slow network path or an overloaded server: check where the server runs relative to the gateway' });
  }
  return check({ ...base, status: 'pass', message: parts });
}
