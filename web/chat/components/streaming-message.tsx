import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { StreamBuffer } from '../stream-buffer.js';
import type { Message } from '../types.js';
import { AssistantBody } from './message-item.js';

/** The one component that re-renders while tokens arrive (at most once per animation frame). */
export function StreamingMessage({ message, buffer, onGrow }: { message: Message; buffer: StreamBuffer; onGrow: () => void }) {
  const [text, setText] = useState(buffer.text);
  useEffect(() => buffer.subscribe(() => setText(buffer.text)), [buffer]);
  useLayoutEffect(onGrow, [text]);
  return (
    <article class="message assistant streaming" data-role="assistant" data-status="streaming" aria-busy="true">
      {text === '' ? (
        <div class="typing" aria-label="Waiting for the first token">
          <span />
          <span />
          <span />
        </div>
      ) : (
        <AssistantBody message={message} text={text} />
      )}
    </article>
  );
}
