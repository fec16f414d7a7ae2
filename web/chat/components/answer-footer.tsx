import type { AnswerMeta, MessageStatus } from '../types.js';

function fmtMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Footer under an answer: who answered and how fast. */
export function AnswerFooter({ meta, status }: { meta: AnswerMeta | undefined; status: MessageStatus | undefined }) {
  if (!meta) return null;
  const model = meta.selectedModel ?? meta.requestedModel;
  const parts: string[] = [];
  if (meta.ttftMs !== undefined) parts.push(`TTFT ${fmtMs(meta.ttftMs)}`);
  if (meta.tokensPerS !== undefined) parts.push(`${meta.tokensPerS} tok/s`);
  if (meta.promptTokens !== undefined || meta.completionTokens !== undefined) {
    parts.push(`${meta.promptTokens ?? '?'} prompt / ${meta.completionTokens ?? '?'} completion tokens`);
  }
  return (
    <footer class="answer-footer">
      {status === 'interrupted' ? <span class="badge badge-warn">interrupted</span> : null}
      {status === 'blocked' ? <span class="badge badge-error">blocked</span> : null}
      {model ? (
        <span class="footer-model" title={meta.selectedModel && meta.selectedModel !== meta.requestedModel ? `asked for ${meta.requestedModel}` : undefined}>
          {model}
        </span>
      ) : null}
      {meta.category ? <span class="footer-category">category: {meta.category}</span> : null}
      {parts.map((p) => (
        <span key={p} class="footer-stat">
          {p}
        </span>
      ))}
    </footer>
  );
}
