import type { Banner } from '../chat-store.js';

function statusText(status: number): string {
  return status === 0 ? 'Network error' : `HTTP ${status}`;
}

export function ErrorBanner({ banner, onRetry, onDismiss }: { banner: Banner; onRetry: () => void; onDismiss: () => void }) {
  const { error } = banner;
  return (
    <div class="banner" role="alert">
      <div class="banner-text">
        <strong>{statusText(error.status)}</strong>
        {error.code ? <span class="banner-code"> · {error.code}</span> : null}
        <div class="banner-message">{error.message}</div>
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
