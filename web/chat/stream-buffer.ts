/**
 * Text of the answer being streamed. Deltas arrive far faster than the screen refreshes (one SSE
 * chunk per token), so listeners are notified at most once per animation frame; only the
 * streaming message subscribes, the rest of the page does not re-render while tokens arrive.
 */
export class StreamBuffer {
  private value = '';
  private frame = 0;
  private readonly listeners = new Set<() => void>();

  get text(): string {
    return this.value;
  }

  append(delta: string): void {
    this.value += delta;
    if (this.frame === 0) this.frame = requestAnimationFrame(this.flush);
  }

  reset(text = ''): void {
    this.value = text;
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private readonly flush = (): void => {
    this.frame = 0;
    this.notify();
  };

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
