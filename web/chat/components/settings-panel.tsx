import { useState } from 'preact/hooks';
import { getApiKey, setApiKey } from '../../shared/api-key.js';
import type { ConversationSettings } from '../types.js';

function parseOptional(v: string, min: number, max: number, int: boolean): number | null {
  if (v.trim() === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) return null;
  const clamped = Math.min(max, Math.max(min, n));
  return int ? Math.round(clamped) : clamped;
}

export function SettingsPanel({ settings, onChange, onApiKeyChange }: { settings: ConversationSettings; onChange: (p: Partial<ConversationSettings>) => void; onApiKeyChange: () => void }) {
  const [key, setKey] = useState(getApiKey);
  return (
    <section class="settings" aria-label="Conversation settings">
      <label class="field wide">
        <span class="label-text">System prompt</span>
        <textarea rows={3} value={settings.systemPrompt} placeholder="(none)" onChange={(e) => onChange({ systemPrompt: e.currentTarget.value })} />
      </label>
      <label class="field">
        <span class="label-text">Temperature</span>
        <input
          type="number"
          min={0}
          max={2}
          step={0.1}
          placeholder="default"
          value={settings.temperature ?? ''}
          onChange={(e) => onChange({ temperature: parseOptional(e.currentTarget.value, 0, 2, false) })}
        />
      </label>
      <label class="field">
        <span class="label-text">Max tokens</span>
        <input
          type="number"
          min={1}
          step={1}
          placeholder="default"
          value={settings.maxTokens ?? ''}
          onChange={(e) => onChange({ maxTokens: parseOptional(e.currentTarget.value, 1, 1_000_000, true) })}
        />
      </label>
      <label class="field wide">
        <span class="label-text">API key (optional, kept in this browser)</span>
        <input
          type="password"
          autocomplete="off"
          value={key}
          placeholder="sent as Authorization: Bearer"
          onChange={(e) => {
            setKey(e.currentTarget.value);
            setApiKey(e.currentTarget.value);
            onApiKeyChange();
          }}
        />
      </label>
    </section>
  );
}
