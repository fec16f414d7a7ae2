import type { ChatError } from '../chat-error.js';
import type { Banner } from '../chat-store.js';

function heading(error: ChatError): string {
  // Mid-stream the HTTP status was already 200: it would say nothing true about the failure.
  if (error.inStream) return 'Answer cut short';
  return error.status === 0 ? 'Network error' : `HTTP ${error.status}`;
}

export function ErrorBanner({ banner, onRetry, onDismiss }: { banner: Banner; onRetry: () => void; onDismiss: () => void }) {
  const { error } = banner;
  return (
    <div class="banner" role="alert">
      <div class="banner-text">
        <strong>{heading(error)}</strong>
        {error.code ? <span class="banner-code"> · {error.code}</span> : null}
        <div class="banner-message">{error.message}</div>
        {error.inStream ? <div class="banner-hint">The text received before the break is kept in the conversation, marked interrupted.</div> : null}
        {error.requestId ? (
          <div class="banner-id">
            Request id: <code>{error.requestId}</code>
          </div>
        ) : null}
      </div>
      <div class="banner-actions">
        {banner.retry ? (
          <button type="button" class="primary" onClick={onRetry}>
            Retry
          </button>
        ) : null}
        <button type="button" class="small-button" onClick={onDismiss} aria-label="Dismiss error">
          ✕
        </button>
      </div>
    </div>
  );
}
