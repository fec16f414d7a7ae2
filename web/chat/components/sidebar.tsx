import { useState } from 'preact/hooks';
import { PencilIcon, TrashIcon } from '../../shared/icons.js';
import type { Conversation } from '../types.js';

interface Props {
  conversations: Conversation[];
  activeId: string | null;
  onNew: () => void;
  onSelect: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onDelete: (id: string) => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

function ConversationRow({ conv, active, onSelect, onRename, onDelete }: { conv: Conversation; active: boolean } & Pick<Props, 'onSelect' | 'onRename' | 'onDelete'>) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [draft, setDraft] = useState(conv.title);
  if (mode === 'rename') {
    const save = () => {
      onRename(conv.id, draft);
      setMode('view');
    };
    return (
      <li class="conv active">
        <input
          class="rename-input"
          aria-label="Conversation title"
          value={draft}
          ref={(el) => el?.focus()}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
            if (e.key === 'Escape') setMode('view');
          }}
          onBlur={save}
        />
      </li>
    );
  }
  return (
    <li class={active ? 'conv active' : 'conv'}>
      <button type="button" class="conv-title" aria-current={active ? 'true' : undefined} onClick={() => onSelect(conv.id)} title={conv.title}>
        {conv.title}
      </button>
      {mode === 'confirm' ? (
        <span class="conv-actions">
          <button type="button" class="small-button danger" onClick={() => onDelete(conv.id)}>
            Confirm delete
          </button>
          <button type="button" class="small-button" onClick={() => setMode('view')}>
            Keep
          </button>
        </span>
      ) : (
        <span class="conv-actions">
          <button
            type="button"
            class="small-button"
            aria-label={`Rename ${conv.title}`}
            onClick={() => {
              setDraft(conv.title);
              setMode('rename');
            }}
          >
            <PencilIcon />
          </button>
          <button type="button" class="small-button" aria-label={`Delete ${conv.title}`} onClick={() => setMode('confirm')}>
            <TrashIcon />
          </button>
        </span>
      )}
    </li>
  );
}

export function Sidebar(props: Props) {
  return (
    <nav class="sidebar" aria-label="Conversations">
      <button type="button" class="primary new-chat" onClick={props.onNew}>
        New chat
      </button>
      <ul class="conv-list">
        {props.conversations.map((c) => (
          <ConversationRow key={c.id} conv={c} active={c.id === props.activeId} onSelect={props.onSelect} onRename={props.onRename} onDelete={props.onDelete} />
        ))}
      </ul>
      <div class="sidebar-foot">
        <button type="button" class="small-button" onClick={props.onExport}>
          Export
        </button>
        <label class="small-button file-button">
          Import
          <input
            type="file"
            accept="application/json,.json"
            class="offscreen"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) props.onImport(f);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
    </nav>
  );
}
