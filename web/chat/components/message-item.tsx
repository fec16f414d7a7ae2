import { Component } from 'preact';
import { useState } from 'preact/hooks';
import { Markdown } from '../markdown/render.js';
import type { Message } from '../types.js';
import { AnswerFooter } from './answer-footer.js';

export interface MessageActions {
  onRegenerate?: (() => void) | undefined;
  onEdit?: ((text: string) => void) | undefined;
}

function UserMessage({ message, onEdit }: { message: Message } & MessageActions) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.content);
  if (editing && onEdit) {
    const save = () => {
      setEditing(false);
      onEdit(draft);
    };
    return (
      <article class="message user editing" data-role="user">
        <textarea
          class="edit-area"
          aria-label="Edit message"
          value={draft}
          rows={Math.min(10, draft.split('\n').length + 1)}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              save();
            }
          }}
        />
        <div class="message-actions">
          <button type="button" class="primary" onClick={save}>
            Save and send
          </button>
          <button type="button" class="small-button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </article>
    );
  }
  return (
    <article class="message user" data-role="user">
      <div class="user-text">{message.content}</div>
      {onEdit ? (
        <div class="message-actions">
          <button
            type="button"
            class="small-button"
            onClick={() => {
              setDraft(message.content);
              setEditing(true);
            }}
          >
            Edit
          </button>
        </div>
      ) : null}
    </article>
  );
}

export function AssistantBody({ message, text }: { message: Message; text: string }) {
  if (message.status === 'blocked') {
    return (
      <div class="blocked-note">
        <p>
          <strong>Blocked.</strong> {message.meta?.blockedReason}
        </p>
        {text !== '' ? <Markdown text={text} /> : null}
        {message.meta?.requestId ? (
          <p class="blocked-id">
            Request id: <code>{message.meta.requestId}</code>
          </p>
        ) : null}
      </div>
    );
  }
  if (text === '' && message.status === 'interrupted') return <p class="muted">Stopped before any text arrived.</p>;
  return <Markdown text={text} />;
}

function AssistantMessage({ message, onRegenerate }: { message: Message } & MessageActions) {
  return (
    <article class="message assistant" data-role="assistant" data-status={message.status ?? 'done'}>
      <AssistantBody message={message} text={message.content} />
      <AnswerFooter meta={message.meta} status={message.status} />
      {onRegenerate ? (
        <div class="message-actions">
          <button type="button" class="small-button" onClick={onRegenerate}>
            Regenerate
          </button>
        </div>
      ) : null}
    </article>
  );
}

interface ItemProps extends MessageActions {
  message: Message;
}

/** Re-renders only when its message object or its available actions change. */
export class MessageItem extends Component<ItemProps> {
  override shouldComponentUpdate(next: ItemProps): boolean {
    const p = this.props;
    return next.message !== p.message || !next.onEdit !== !p.onEdit || !next.onRegenerate !== !p.onRegenerate;
  }
  override render() {
    const { message, onEdit, onRegenerate } = this.props;
    return message.role === 'user' ? <UserMessage message={message} onEdit={onEdit} /> : <AssistantMessage message={message} onRegenerate={onRegenerate} />;
  }
}
