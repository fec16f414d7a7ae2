import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Usage } from '../server/context.js';
import { findUsageObject, toUsage } from './usage.js';

const LF2 = Buffer.from('\n\n');
const CRLF2 = Buffer.from('\r\n\r\n');
const EMPTY_CHOICES = Buffer.from('"choices":[]');

export interface RelayOptions {
  /** Upstream was asked for usage on the client's behalf: drop the usage-only chunk. */
  stripUsage: boolean;
  onUsage(u: Usage): void;
  /** Sees each block of complete events as the replica sent it, usage chunk included (only set
   * when a stage captures the response, e.g. the cache). */
  onEvents?: (b: Buffer) => void;
}

/** End of the last complete SSE event in `buf` (just past its blank line), or -1. */
function lastEventEnd(buf: Buffer): number {
  const a = buf.lastIndexOf(LF2);
  const b = buf.lastIndexOf(CRLF2);
  if (a === -1 && b === -1) return -1;
  return a >= b ? a + 2 : b + 4;
}

function eventBounds(buf: Buffer, at: number): { start: number; end: number } {
  const s1 = buf.lastIndexOf(LF2, at);
  const start = s1 === -1 ? 0 : s1 + 2;
  const e1 = buf.indexOf(LF2, at);
  return { start, end: e1 === -1 ? buf.length : e1 + 2 };
}

async function write(out: ServerResponse, chunk: Buffer): Promise<void> {
  if (chunk.length === 0 || out.destroyed) return;
  if (!out.write(chunk)) {
    // Slow client: wait for the socket instead of buffering the whole answer in memory.
    await Promise.race([once(out, 'drain'), once(out, 'close')]);
  }
}

/**
 * Relays an SSE body event by event. Bytes are forwarded as they came (no JSON re-serialisation);
 * only complete events are written, so a client never sees half an event, and the one chunk that
 * carries `usage` is parsed for token accounting and removed when the client did not ask for it.
 */
export class SseRelay {
  private pending: Buffer | undefined;

  constructor(
    private readonly out: ServerResponse,
    private readonly opts: RelayOptions,
  ) {}

  async push(chunk: Buffer): Promise<void> {
    const data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    const end = lastEventEnd(data);
    if (end === -1) {
      this.pending = data;
      return;
    }
    this.pending = end < data.length ? data.subarray(end) : undefined;
    const complete = end === data.length ? data : data.subarray(0, end);
    await this.emit(complete);
  }

  /** Upstream ended: flush a trailing event that lacked its blank line. */
  async finish(): Promise<void> {
    if (this.pending) {
      const rest = this.pending;
      this.pending = undefined;
      await this.emit(rest);
    }
  }

  private async emit(complete: Buffer): Promise<void> {
    this.opts.onEvents?.(complete);
    const found = findUsageObject(complete, true);
    if (!found) return this.send(complete);
    try {
      const u = toUsage(JSON.parse(complete.toString('utf8', found.start, found.end)));
      if (u) this.opts.onUsage(u);
    } catch {
      // A malformed usage object is the replica's problem; the bytes still go through.
    }
    if (!this.opts.stripUsage) return this.send(complete);
    const ev = eventBounds(complete, found.keyAt);
    const isUsageOnly = complete.subarray(ev.start, ev.end).includes(EMPTY_CHOICES);
    if (!isUsageOnly) return this.send(complete);
    await this.send(complete.subarray(0, ev.start));
    await this.send(complete.subarray(ev.end));
  }

  private async send(b: Buffer): Promise<void> {
    if (b.length === 0) return;
    await write(this.out, b);
  }
}

/** The event sent when a stream breaks after it started: the client learns why, then a clean end. */
export function streamErrorEvent(message: string, requestId: string): Buffer {
  const body = { error: { message, type: 'upstream_error', code: 'upstream_stream_broken', param: null, request_id: requestId } };
  return Buffer.from(`data: ${JSON.stringify(body)}\n\n`);
}
