import type { ChatError } from './chat-error.js';
import { ConversationDb } from './db.js';
import { buildRequest, defaultSettings, lastIndexOf, markStaleStreams, titleFrom } from './history.js';
import { fetchModels, preferredModel, rememberModel } from './models.js';
import { StreamBuffer } from './stream-buffer.js';
import { streamChat } from './stream-chat.js';
import { parseImport } from './transfer.js';
import { newId, type Conversation, type ConversationSettings, type Message } from './types.js';

export interface Banner {
  error: ChatError;
  /** What Retry does: resend the last turn of that conversation, or reload the model list. */
  retry: { kind: 'send'; convId: string } | { kind: 'models' } | null;
}

export interface ChatState {
  loaded: boolean;
  conversations: Conversation[];
  activeId: string | null;
  models: string[];
  streaming: { convId: string; messageId: string } | null;
  banner: Banner | null;
}

// Partial answers are written to IndexedDB this often, so a reload loses at most this much text.
const PERSIST_EVERY_MS = 750;

/**
 * Owns the conversations and the one in-flight request. Conversations are immutable values
 * (replaced, never mutated) so components can skip re-rendering unchanged messages; streamed
 * text goes to `buffer`, which only the streaming message listens to.
 */
export class ChatStore {
  state: ChatState = { loaded: false, conversations: [], activeId: null, models: [], streaming: null, banner: null };
  readonly buffer = new StreamBuffer();
  private readonly listeners = new Set<() => void>();
  private db: ConversationDb | null = null;
  private abort: AbortController | null = null;

  subscribe(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  get active(): Conversation | undefined {
    return this.state.conversations.find((c) => c.id === this.state.activeId);
  }

  async load(): Promise<void> {
    this.db = await ConversationDb.open();
    const stored = await this.db.all().catch(() => []);
    const conversations = stored.map(markStaleStreams);
    await this.db.putMany(conversations.filter((c, i) => c !== stored[i])).catch(() => undefined);
    this.set({ loaded: true, conversations, activeId: conversations[0]?.id ?? null });
    await this.loadModels();
    if (this.state.conversations.length === 0) this.newChat();
  }

  async loadModels(): Promise<void> {
    const r = await fetchModels();
    if (!r.ok) {
      this.set({ banner: { error: r.error, retry: { kind: 'models' } } });
      return;
    }
    if (this.state.banner?.retry?.kind === 'models') this.set({ banner: null });
    this.set({ models: r.models });
    const active = this.active;
    if (active && active.settings.model === '' && r.models.length > 0) this.updateSettings({ model: preferredModel(r.models) });
  }

  newChat(): void {
    const now = Date.now();
    const conv: Conversation = { id: newId(), title: 'New chat', createdAt: now, updatedAt: now, settings: defaultSettings(preferredModel(this.state.models)), messages: [] };
    const current = this.active;
    if (current) conv.settings = { ...current.settings, model: current.settings.model || conv.settings.model };
    this.set({ conversations: [conv, ...this.state.conversations], activeId: conv.id, banner: null });
    void this.persist(conv);
  }

  select(id: string): void {
    this.set({ activeId: id, banner: null });
  }

  rename(id: string, title: string): void {
    const t = title.trim();
    if (t !== '') this.update(id, (c) => ({ ...c, title: t.slice(0, 200) }));
  }

  async remove(id: string): Promise<void> {
    if (this.state.streaming?.convId === id) this.stop();
    const conversations = this.state.conversations.filter((c) => c.id !== id);
    const activeId = this.state.activeId === id ? (conversations[0]?.id ?? null) : this.state.activeId;
    this.set({ conversations, activeId });
    await this.db?.delete(id).catch(() => undefined);
    if (conversations.length === 0) this.newChat();
  }

  updateSettings(patch: Partial<ConversationSettings>): void {
    const id = this.state.activeId;
    if (id === null) return;
    if (patch.model) rememberModel(patch.model);
    this.update(id, (c) => ({ ...c, settings: { ...c.settings, ...patch } }));
  }

  async importJson(text: string): Promise<number> {
    const imported = parseImport(text);
    this.set({ conversations: [...imported, ...this.state.conversations], activeId: imported[0]?.id ?? this.state.activeId });
    await this.db?.putMany(imported);
    return imported.length;
  }

  dismissBanner(): void {
    this.set({ banner: null });
  }

  send(text: string): void {
    const conv = this.active;
    if (!conv || this.state.streaming || text.trim() === '') return;
    const user: Message = { id: newId(), role: 'user', content: text, createdAt: Date.now() };
    const title = conv.messages.length === 0 ? titleFrom(text) : conv.title;
    this.startReply({ ...conv, title, messages: [...conv.messages, user] });
  }

  /** Drops the last answer (if any) and asks again with the same history. */
  regenerate(convId = this.state.activeId): void {
    const conv = this.state.conversations.find((c) => c.id === convId);
    if (!conv || this.state.streaming) return;
    const lastUser = lastIndexOf(conv.messages, 'user');
    if (lastUser < 0) return;
    this.startReply({ ...conv, messages: conv.messages.slice(0, lastUser + 1) });
  }

  editLastUser(text: string): void {
    const conv = this.active;
    if (!conv || this.state.streaming || text.trim() === '') return;
    const lastUser = lastIndexOf(conv.messages, 'user');
    const prev = conv.messages[lastUser];
    if (!prev) return;
    this.startReply({ ...conv, messages: [...conv.messages.slice(0, lastUser), { ...prev, content: text }] });
  }

  retry(): void {
    const retry = this.state.banner?.retry;
    this.set({ banner: null });
    if (retry?.kind === 'models') void this.loadModels();
    else if (retry?.kind === 'send') this.regenerate(retry.convId);
  }

  stop(): void {
    this.abort?.abort();
  }

  private startReply(base: Conversation): void {
    const assistant: Message = { id: newId(), role: 'assistant', content: '', createdAt: Date.now(), status: 'streaming', meta: { requestedModel: base.settings.model } };
    const conv: Conversation = { ...base, updatedAt: Date.now(), messages: [...base.messages, assistant] };
    this.buffer.reset();
    this.replace(conv);
    this.set({ streaming: { convId: conv.id, messageId: assistant.id }, banner: null });
    void this.persist(conv);
    void this.run(conv, assistant);
  }

  private async run(conv: Conversation, assistant: Message): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    const partial = (): Message => ({ ...assistant, content: this.buffer.text });
    let written = '';
    const timer = setInterval(() => {
      if (this.buffer.text === written) return;
      written = this.buffer.text;
      void this.persist({ ...conv, messages: [...conv.messages.slice(0, -1), partial()] });
    }, PERSIST_EVERY_MS);
    const { outcome, meta } = await streamChat(buildRequest(conv, conv.messages.length - 1), (d) => this.buffer.append(d), abort.signal);
    clearInterval(timer);
    this.abort = null;
    const msg: Message = { ...partial(), meta: { ...assistant.meta, requestedModel: conv.settings.model, ...meta } };
    let banner: Banner | null = null;
    switch (outcome.kind) {
      case 'done':
        msg.status = 'done';
        break;
      case 'aborted':
        msg.status = 'interrupted';
        break;
      case 'blocked':
        msg.status = 'blocked';
        msg.meta = { ...msg.meta!, blockedReason: outcome.reason };
        break;
      case 'http_error':
      case 'stream_error':
        msg.status = msg.content === '' ? 'error' : 'interrupted';
        banner = { error: outcome.error, retry: { kind: 'send', convId: conv.id } };
        break;
    }
    // A failed request that produced nothing leaves no empty bubble behind; the banner explains.
    const messages = msg.status === 'error' ? conv.messages.slice(0, -1) : [...conv.messages.slice(0, -1), msg];
    const latest = this.state.conversations.find((c) => c.id === conv.id);
    const final: Conversation = { ...(latest ?? conv), messages, updatedAt: Date.now() };
    if (latest) this.replace(final);
    this.set({ streaming: null, banner });
    this.buffer.reset();
    if (latest) await this.persist(final);
  }

  private update(id: string, fn: (c: Conversation) => Conversation): void {
    const conv = this.state.conversations.find((c) => c.id === id);
    if (!conv) return;
    const next = fn(conv);
    this.replace(next);
    void this.persist(next);
  }

  private replace(conv: Conversation): void {
    this.set({ conversations: this.state.conversations.map((c) => (c.id === conv.id ? conv : c)) });
  }

  private async persist(conv: Conversation): Promise<void> {
    await this.db?.put(conv).catch(() => undefined);
  }

  private set(patch: Partial<ChatState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
