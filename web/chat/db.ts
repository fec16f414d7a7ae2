import type { Conversation } from './types.js';

// Conversations live in the browser so the gateway stays stateless: any replica behind a load
// balancer can serve any user. One record per conversation, messages inline: a chat is small,
// and whole-record writes keep every update atomic.
const DB_NAME = 'switchyard-chat';
const STORE = 'conversations';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export class ConversationDb {
  private constructor(private readonly db: IDBDatabase | null) {}

  /** Falls back to memory only (nothing persisted) when IndexedDB is unavailable. */
  static async open(): Promise<ConversationDb> {
    if (typeof indexedDB === 'undefined') return new ConversationDb(null);
    try {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      };
      return new ConversationDb(await request(req));
    } catch {
      return new ConversationDb(null);
    }
  }

  get persistent(): boolean {
    return this.db !== null;
  }

  async all(): Promise<Conversation[]> {
    if (!this.db) return [];
    const rows = await request(this.db.transaction(STORE).objectStore(STORE).getAll());
    return (rows as Conversation[]).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async put(conv: Conversation): Promise<void> {
    if (!this.db) return;
    await request(this.db.transaction(STORE, 'readwrite').objectStore(STORE).put(conv));
  }

  async putMany(convs: Conversation[]): Promise<void> {
    if (!this.db || convs.length === 0) return;
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const c of convs) store.put(c);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
  }

  async delete(id: string): Promise<void> {
    if (!this.db) return;
    await request(this.db.transaction(STORE, 'readwrite').objectStore(STORE).delete(id));
  }
}
