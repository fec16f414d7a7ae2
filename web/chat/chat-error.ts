/** What the error banner shows; status 0 means the gateway could not be reached at all. */
export interface ChatError {
  status: number;
  message: string;
  code?: string;
  requestId?: string;
}

export type BlockKind = 'jailbreak' | 'pii';

const BLOCK_CODES: Record<string, BlockKind> = { jailbreak_blocked: 'jailbreak', pii_policy_denied: 'pii' };

const BLOCK_TEXT: Record<BlockKind, string> = {
  jailbreak:
    'This message was not sent to a model: it looks like an attempt to make the model ignore its instructions (a jailbreak or prompt injection). Rephrase the request without instructions aimed at the model itself.',
  pii:
    'This message was not sent to a model: it contains personal information (for example an e-mail address, phone number or card number) that none of the available models is allowed to receive. Remove the personal details and try again.',
};

export function blockKindOfCode(code: string | undefined): BlockKind | undefined {
  return code === undefined ? undefined : BLOCK_CODES[code];
}

export function blockKindOfHeader(value: string | null): BlockKind | undefined {
  const v = value?.trim().toLowerCase();
  return v === 'jailbreak' || v === 'pii' ? v : undefined;
}

export function explainBlock(kind: BlockKind | undefined): string {
  return kind === undefined
    ? 'The gateway stopped this answer because its content was flagged by a content filter.'
    : BLOCK_TEXT[kind];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Reads the OpenAI-shaped `{"error":{...}}` object (parsed JSON: every field is checked). */
export function errorFromPayload(payload: unknown, status: number, headerRequestId?: string): ChatError {
  const err = typeof payload === 'object' && payload !== null ? (payload as { error?: unknown }).error : undefined;
  const e = typeof err === 'object' && err !== null ? (err as Record<string, unknown>) : {};
  const message = str(e['message']) ?? (typeof err === 'string' ? err : undefined) ?? `HTTP ${status}`;
  const out: ChatError = { status, message };
  const code = str(e['code']);
  if (code !== undefined) out.code = code;
  const requestId = str(e['request_id']) ?? headerRequestId;
  if (requestId !== undefined) out.requestId = requestId;
  return out;
}

export async function errorFromResponse(res: Response): Promise<ChatError> {
  const headerId = res.headers.get('x-request-id') ?? undefined;
  const text = await res.text().catch(() => '');
  let payload: unknown = undefined;
  try {
    payload = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML error page, say): show its first line instead.
    const first = text.trim().split('\n')[0]?.slice(0, 200);
    return { status: res.status, message: first || res.statusText || `HTTP ${res.status}`, ...(headerId ? { requestId: headerId } : {}) };
  }
  return errorFromPayload(payload, res.status, headerId);
}
