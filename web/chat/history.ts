import type { ChatRequest } from './stream-chat.js';
import type { Conversation, ConversationSettings, Message } from './types.js';

/**
 * Messages sent for the assistant reply at `endIndex` (exclusive): the system prompt, then the
 * turns before it. Failed replies carry no text worth sending; a blocked reply drops its user turn
 * too, or every later turn would resend the blocked text and be blocked again.
 */
export function buildMessages(conv: Conversation, endIndex: number): ChatRequest['messages'] {
  const out: ChatRequest['messages'] = [];
  if (conv.settings.systemPrompt.trim() !== '') out.push({ role: 'system', content: conv.settings.systemPrompt });
  for (const m of conv.messages.slice(0, endIndex)) {
    if (m.role === 'assistant' && m.status === 'blocked') {
      if (out.at(-1)?.role === 'user') out.pop();
      continue;
    }
    if (m.status === 'error' || m.content === '') continue;
    out.push({ role: m.role, content: m.content });
  }
  return out;
}

export function buildRequest(conv: Conversation, endIndex: number): ChatRequest {
  const req: ChatRequest = { model: conv.settings.model, messages: buildMessages(conv, endIndex) };
  if (conv.settings.temperature !== null) req.temperature = conv.settings.temperature;
  if (conv.settings.maxTokens !== null) req.max_tokens = conv.settings.maxTokens;
  return req;
}

export function titleFrom(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 48 ? `${line.slice(0, 47)}…` : line || 'New chat';
}

export function lastIndexOf(messages: Message[], role: Message['role']): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.role === role) return i;
  return -1;
}

/** A page that died mid-stream left a "streaming" record behind: that reply was interrupted. */
export function markStaleStreams(conv: Conversation): Conversation {
  if (!conv.messages.some((m) => m.status === 'streaming')) return conv;
  return { ...conv, messages: conv.messages.map((m) => (m.status === 'streaming' ? { ...m, status: 'interrupted' } : m)) };
}

export function defaultSettings(model: string): ConversationSettings {
  return { model, systemPrompt: '', temperature: null, maxTokens: null };
}
