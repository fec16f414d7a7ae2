export type Role = 'user' | 'assistant';

/**
 * streaming: generation in progress (or the page died during it: becomes interrupted on load);
 * interrupted: Stop, reload or a broken stream cut it short; blocked: a guard refused it;
 * error: the request failed before any text arrived.
 */
export type MessageStatus = 'done' | 'streaming' | 'interrupted' | 'blocked' | 'error';

export interface AnswerMeta {
  /** Model the UI asked for (may be the auto model). */
  requestedModel: string;
  /** x-switchyard-selected-model, or the `model` field of the chunks. */
  selectedModel?: string;
  /** x-switchyard-category. */
  category?: string;
  requestId?: string;
  ttftMs?: number;
  tokensPerS?: number;
  promptTokens?: number;
  completionTokens?: number;
  finishReason?: string;
  /** Plain-words reason shown for blocked answers. */
  blockedReason?: string;
}

export interface Message {
  id: string;
  role: Role;
  content: string;
  createdAt: number;
  status?: MessageStatus;
  meta?: AnswerMeta;
}

export interface ConversationSettings {
  model: string;
  systemPrompt: string;
  /** null = let the server decide. */
  temperature: number | null;
  maxTokens: number | null;
}

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  settings: ConversationSettings;
  messages: Message[];
}

export function newId(): string {
  return crypto.randomUUID();
}
