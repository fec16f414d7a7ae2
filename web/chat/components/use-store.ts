import { useEffect, useReducer } from 'preact/hooks';
import type { ChatState, ChatStore } from '../chat-store.js';

export function useStore(store: ChatStore): ChatState {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => bump(undefined)), [store]);
  return store.state;
}
