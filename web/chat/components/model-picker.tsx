export function ModelPicker({ models, value, disabled, onChange }: { models: string[]; value: string; disabled: boolean; onChange: (m: string) => void }) {
  // A conversation may name a model the gateway no longer lists; keep it visible, not silently swapped.
  const options = value !== '' && !models.includes(value) ? [value, ...models] : models;
  return (
    <label class="model-picker">
      <span class="label-text">Model</span>
      <select aria-label="Model" value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.length === 0 ? <option value="">No models</option> : null}
        {options.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </label>
  );
}
