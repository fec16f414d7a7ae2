import { useState } from 'preact/hooks';
import { highlight } from './highlight.js';
import { copyText } from '../clipboard.js';

export function CodeBlock({ lang, code }: { lang: string; code: string }) {
  const [copied, setCopied] = useState<'idle' | 'ok' | 'failed'>('idle');
  const copy = async () => {
    setCopied((await copyText(code)) ? 'ok' : 'failed');
    setTimeout(() => setCopied('idle'), 1_500);
  };
  return (
    <div class="code-block">
      <div class="code-head">
        <span class="code-lang">{lang || 'text'}</span>
        <button type="button" class="small-button" onClick={copy} aria-label="Copy code">
          {copied === 'ok' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}
        </button>
      </div>
      <pre>
        <code>
          {highlight(code, lang).map((t, i) => (t.kind === 'plain' ? t.text : <span key={i} class={`tok-${t.kind}`}>{t.text}</span>))}
        </code>
      </pre>
    </div>
  );
}
