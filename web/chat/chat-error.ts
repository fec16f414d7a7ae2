/** What the error banner shows; status 0 means the gateway could not be reached at all. */
export interface ChatError {
  status: number;
  message: string;
  code?: string;
  requestId?: string;
  /**
   * The answer had started streaming (HTTP 200 already sent) when this happened, e.g. the
   * gateway's final `upstream_stream_broken` event: the status says nothing, the partial text stays.
   */
  inStream?: boolean;
}

export type BlockKind = 'jailbreak' | 'pii';

const BLOCK_CODES: Record<string, BlockKind> = { jailbreak_blocked: 'jailbreak', pii_policy_denied: 'pii' };

const JAILBREAK_TEXT =
  'This message was not sent to a model: it looks like an attempt to make the model ignore its instructions (a jailbreak or prompt injection). Rephrase the request without instructions aimed at the model itself.';

// The gateway names what it found with Presidio's entity types (x-switchyard-pii-types).
const PII_WORDS: Record<string, string> = {
  EMAIL_ADDRESS: 'an e-mail address',
  PHONE_NUMBER: 'a phone number',
  CREDIT_CARD: 'a card number',
  IBAN_CODE: 'a bank account number (IBAN)',
  US_SSN: 'a social security number',
  IP_ADDRESS: 'an IP address',
  PERSON: "a person's name",
  STREET_ADDRESS: 'a street address',
};

function piiText(types: readonly string[]): string {
  const found = types.map((t) => PII_WORDS[t] ?? t.toLowerCase().replace(/_/g, ' '));
  const what = found.length > 0 ? found.join(', ') : 'for example an e-mail address, phone number or card number';
  return `This message was not sent to a model: it contains personal information (${what}) that none of the available models is allowed to receive. Remove the personal details and try again.`;
}

export function blockKindOfCode(code: string | undefined): BlockKind | undefined {
  return code === undefined ? undefined : BLOCK_CODES[code];
}

export function blockKindOfHeader(value: string | null): BlockKind | undefined {
  const v = value?.trim().toLowerCase();
  return v === 'jailbreak' || v === 'pii' ? v : undefined;
}

/** `x-switchyard-pii-types`: a comma-separated list of entity types. */
export function piiTypesOfHeader(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter((t) => /^[A-Z_]{1,40}$/.test(t));
}

export function explainBlock(kind: BlockKind | undefined, piiTypes: readonly string[] = []): string {
  if (kind === 'jailbreak') return JAILBREAK_TEXT;
  if (kind === 'pii') return piiText(piiTypes);
  return 'The gateway stopped this answer because its content was flagged by a content filter.';
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
