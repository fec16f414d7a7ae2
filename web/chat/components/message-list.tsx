import { useLayoutEffect, useRef } from 'preact/hooks';
import type { StreamBuffer } from '../stream-buffer.js';
import type { Message } from '../types.js';
import { MessageItem } from './message-item.js';
import { StreamingMessage } from './streaming-message.js';

interface Props {
  messages: Message[];
  streamingId: string | null;
  buffer: StreamBuffer;
  busy: boolean;
  onRegenerate: () => void;
  onEdit: (text: string) => void;
}

export function MessageList({ messages, streamingId, buffer, busy, onRegenerate, onEdit }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Follow the answer while it grows, unless the reader scrolled up to read something earlier.
  const stick = useRef(true);
  const toBottom = () => {
    const el = ref.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  };
  useLayoutEffect(() => {
    stick.current = true;
    toBottom();
  }, [messages.length, streamingId]);
  let lastUser = -1;
  let lastAssistant = -1;
  messages.forEach((m, i) => (m.role === 'user' ? (lastUser = i) : (lastAssistant = i)));
  return (
    <div
      class="messages"
      ref={ref}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
      }}
    >
      {messages.length === 0 ? <div class="empty">Ask anything. Enter sends, Shift+Enter adds a line, Esc stops.</div> : null}
      {messages.map((m, i) =>
        m.id === streamingId ? (
          <StreamingMessage key={m.id} message={m} buffer={buffer} onGrow={toBottom} />
        ) : (
          <MessageItem
            key={m.id}
            message={m}
            onRegenerate={!busy && i === lastAssistant && i > lastUser ? onRegenerate : undefined}
            onEdit={!busy && i === lastUser ? onEdit : undefined}
          />
        ),
      )}
    </div>
  );
}
