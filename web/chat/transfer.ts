import { newId, type Conversation, type Message, type MessageStatus } from './types.js';

// Export format: a versioned envelope, so a later UI can still read today's files.
const FORMAT = 'switchyard-chat';

export function exportJson(conversations: Conversation[]): string {
  return JSON.stringify({ format: FORMAT, version: 1, exportedAt: new Date().toISOString(), conversations }, null, 2);
}

export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

const STATUSES: MessageStatus[] = ['done', 'streaming', 'interrupted', 'blocked', 'error'];

function obj(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function numOr<T>(v: unknown, fallback: T): number | T {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function parseMessage(v: unknown): Message | null {
  const m = obj(v);
  if (!m || (m['role'] !== 'user' && m['role'] !== 'assistant') || typeof m['content'] !== 'string') return null;
  const status = STATUSES.find((s) => s === m['status']);
  const msg: Message = { id: newId(), role: m['role'], content: m['content'], createdAt: numOr(m['createdAt'], Date.now()) };
  // A reply that was streaming when exported was cut short as far as this copy is concerned.
  if (status) msg.status = status === 'streaming' ? 'interrupted' : status;
  const meta = obj(m['meta']);
  if (meta && typeof meta['requestedModel'] === 'string') msg.meta = { ...(meta as object), requestedModel: meta['requestedModel'] };
  return msg;
}

/** Validates an exported file (untrusted JSON); returns conversations with fresh ids. */
export function parseImport(text: string): Conversation[] {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    throw new Error('The file is not valid JSON.');
  }
  const r = obj(root);
  const list = Array.isArray(root) ? root : r?.['conversations'];
  if (!Array.isArray(list)) throw new Error('The file does not contain a list of conversations.');
  const out: Conversation[] = [];
  for (const item of list) {
    const c = obj(item);
    if (!c || !Array.isArray(c['messages'])) continue;
    const s = obj(c['settings']) ?? {};
    const now = Date.now();
    out.push({
      id: newId(),
      title: typeof c['title'] === 'string' && c['title'] !== '' ? c['title'].slice(0, 200) : 'Imported chat',
      createdAt: numOr(c['createdAt'], now),
      updatedAt: numOr(c['updatedAt'], now),
      settings: {
        model: typeof s['model'] === 'string' ? s['model'] : '',
        systemPrompt: typeof s['systemPrompt'] === 'string' ? s['systemPrompt'] : '',
        temperature: numOr(s['temperature'], null),
        maxTokens: numOr(s['maxTokens'], null),
      },
      messages: c['messages'].map(parseMessage).filter((m): m is Message => m !== null),
    });
  }
  if (out.length === 0) throw new Error('No conversations found in the file.');
  return out;
}
