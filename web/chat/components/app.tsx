import { useEffect, useMemo, useState } from 'preact/hooks';
import { basePath } from '../../shared/base-path.js';
import { MenuIcon } from '../../shared/icons.js';
import { ThemeToggle } from '../../shared/theme-toggle.js';
import type { ChatStore } from '../chat-store.js';
import { downloadText, exportJson } from '../transfer.js';
import { Composer } from './composer.js';
import { ErrorBanner } from './error-banner.js';
import { MessageList } from './message-list.js';
import { ModelPicker } from './model-picker.js';
import { SettingsPanel } from './settings-panel.js';
import { Sidebar } from './sidebar.js';
import { useStore } from './use-store.js';

export function App({ store }: { store: ChatStore }) {
  const state = useStore(store);
  const [showSettings, setShowSettings] = useState(false);
  const [showSidebar, setShowSidebar] = useState(false);
  const [notice, setNotice] = useState('');
  const active = store.active;
  const streaming = state.streaming !== null;

  // Stable callbacks: memoised message components compare props by identity.
  const actions = useMemo(
    () => ({
      send: (t: string) => store.send(t),
      stop: () => store.stop(),
      regenerate: () => store.regenerate(),
      edit: (t: string) => store.editLastUser(t),
    }),
    [store],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && store.state.streaming) {
        e.preventDefault();
        store.stop();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  useEffect(() => {
    document.title = active && active.title !== 'New chat' ? `${active.title} · Switchyard` : 'Switchyard chat';
  }, [active?.title]);

  const onImport = async (file: File) => {
    try {
      const n = await store.importJson(await file.text());
      setNotice(`Imported ${n} conversation${n === 1 ? '' : 's'}.`);
    } catch (err) {
      setNotice(err instanceof Error ? err.message : 'Import failed.');
    }
  };

  return (
    <div class={showSidebar ? 'layout sidebar-open' : 'layout'}>
      <Sidebar
        conversations={state.conversations}
        activeId={state.activeId}
        onNew={() => {
          store.newChat();
          setShowSidebar(false);
        }}
        onSelect={(id) => {
          store.select(id);
          setShowSidebar(false);
        }}
        onRename={(id, t) => store.rename(id, t)}
        onDelete={(id) => void store.remove(id)}
        onExport={() => downloadText(`switchyard-chats-${new Date().toISOString().slice(0, 10)}.json`, exportJson(state.conversations))}
        onImport={(f) => void onImport(f)}
      />
      <div class="scrim" onClick={() => setShowSidebar(false)} />
      <main class="chat">
        <header class="topbar">
          <button type="button" class="icon-button menu-button" aria-label="Conversations" aria-expanded={showSidebar} onClick={() => setShowSidebar(!showSidebar)}>
            <MenuIcon />
          </button>
          <ModelPicker models={state.models} value={active?.settings.model ?? ''} disabled={streaming} onChange={(model) => store.updateSettings({ model })} />
          <span class="spacer" />
          <button type="button" class="small-button" aria-expanded={showSettings} onClick={() => setShowSettings(!showSettings)}>
            Settings
          </button>
          <a class="small-button" href={`${basePath()}status`}>
            Status
          </a>
          <ThemeToggle />
        </header>
        {showSettings && active ? <SettingsPanel settings={active.settings} onChange={(p) => store.updateSettings(p)} onApiKeyChange={() => void store.loadModels()} /> : null}
        {state.banner ? <ErrorBanner banner={state.banner} onRetry={() => store.retry()} onDismiss={() => store.dismissBanner()} /> : null}
        {notice ? (
          <div class="notice" role="status" onClick={() => setNotice('')}>
            {notice}
          </div>
        ) : null}
        <MessageList
          messages={active?.messages ?? []}
          streamingId={state.streaming?.convId === state.activeId ? state.streaming.messageId : null}
          buffer={store.buffer}
          busy={streaming}
          onRegenerate={actions.regenerate}
          onEdit={actions.edit}
        />
        <Composer streaming={streaming} disabled={!state.loaded || !active || active.settings.model === ''} onSend={actions.send} onStop={actions.stop} />
      </main>
    </div>
  );
}
