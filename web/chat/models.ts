import { authHeaders } from '../shared/api-key.js';
import { errorFromResponse, type ChatError } from './chat-error.js';

export type ModelsResult = { ok: true; models: string[] } | { ok: false; error: ChatError };

/** GET /v1/models; the gateway lists the auto model too when routing is configured. */
export async function fetchModels(): Promise<ModelsResult> {
  let res: Response;
  try {
    res = await fetch('/v1/models', { headers: { accept: 'application/json', ...authHeaders() } });
  } catch {
    return { ok: false, error: { status: 0, message: 'Could not reach the gateway to list models.' } };
  }
  if (!res.ok) return { ok: false, error: await errorFromResponse(res) };
  const body: unknown = await res.json().catch(() => null);
  const data = typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
  const models = Array.isArray(data)
    ? data.map((m: unknown) => (typeof m === 'object' && m !== null ? (m as { id?: unknown }).id : undefined)).filter((id): id is string => typeof id === 'string')
    : [];
  return { ok: true, models };
}

const LAST_MODEL = 'switchyard.lastModel';

export function rememberModel(model: string): void {
  try {
    localStorage.setItem(LAST_MODEL, model);
  } catch {
    // Only a convenience default.
  }
}

export function preferredModel(models: string[]): string {
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_MODEL);
  } catch {
    last = null;
  }
  return last !== null && models.includes(last) ? last : (models[0] ?? '');
}
