/**
 * One chat/text completion from admission to its last byte: waiting → running → finished,
 * aborted (client left) or dropped (injected fault). Owning the timer here means an abort can
 * stop generation at once and free the slot, which is what vLLM does when the connection closes.
 */
import type { ServerResponse } from 'node:http';
import type { SimContext } from './context.js';
import type { Ticket } from './concurrency.js';
import { jittered, type TokenSource } from './generate.js';
import { sendJson } from './http-io.js';
import {
  completionBody,
  createStreamFramer,
  DONE_FRAME,
  type CompletionKind,
  type FinishReason,
  type StreamFramer,
} from './openai-shapes.js';
import type { InferenceRequest } from './request-parse.js';

export interface ReplyPlan {
  source: TokenSource;
  count: number;
  finish: FinishReason;
}

type State = 'waiting' | 'running' | 'finished' | 'aborted' | 'dropped';

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
};

export class Generation {
  private state: State = 'waiting';
  private timer: NodeJS.Timeout | null = null;
  private ticket: Ticket | null = null;
  private readonly framer: StreamFramer | null;
  private readonly id: string;
  private readonly created = Math.floor(Date.now() / 1000);
  private readonly plannedTokens: number;
  private emitted = 0;
  private lastTokenAt = 0;

  constructor(
    private readonly ctx: SimContext,
    private readonly res: ServerResponse,
    private readonly kind: CompletionKind,
    private readonly request: InferenceRequest,
    private readonly plan: ReplyPlan,
    private readonly arrival: number,
  ) {
    this.id = ctx.nextId(kind === 'chat' ? 'chatcmpl-' : 'cmpl-');
    this.plannedTokens = request.promptTokens + plan.count;
    this.framer = request.stream ? createStreamFramer(kind, this.id, this.created, ctx.opts.model) : null;
    res.on('close', this.onClose);
    // vLLM returns the StreamingResponse (and so its headers) before the engine schedules the
    // request; a non-stream response has no headers until generation is done.
    if (request.stream) {
      res.writeHead(200, SSE_HEADERS);
      // A zero-latency stream that runs at once goes out in the same write as its body.
      const instant = ctx.opts.ttftMs === 0 && ctx.opts.itlMs === 0 && ctx.limiter.hasFreeSlot();
      if (!instant) res.flushHeaders();
    }
    this.ticket = ctx.limiter.acquire(this.start);
  }

  /** May run synchronously inside acquire(), hence the ticket passed in. */
  private readonly start = (ticket: Ticket): void => {
    this.ticket = ticket;
    this.state = 'running';
    const now = performance.now();
    this.ctx.metrics.queueTime((now - this.arrival) / 1000);
    this.ctx.runningTokens += this.plannedTokens;
    const { ttftMs, itlMs } = this.ctx.opts;
    if (ttftMs === 0 && itlMs === 0) {
      this.runInstantly();
      return;
    }
    if (this.framer) {
      this.timer = setTimeout(this.streamFirstToken, jittered(ttftMs, this.ctx.opts.jitter, this.ctx.rand));
      return;
    }
    // Non-stream: one timer for the whole latency; the per-token gaps are still drawn so the
    // ITL histogram looks like a real replica's.
    const ttft = jittered(ttftMs, this.ctx.opts.jitter, this.ctx.rand);
    let total = ttft;
    const gaps: number[] = [];
    for (let i = 1; i < this.plan.count; i++) {
      const gap = jittered(itlMs, this.ctx.opts.jitter, this.ctx.rand);
      gaps.push(gap);
      total += gap;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ctx.metrics.ttft(ttft / 1000);
      for (const gap of gaps) this.ctx.metrics.itl(gap / 1000);
      this.emitted = this.plan.count;
      this.finishNonStream();
    }, total);
  };

  /**
   * ttft = itl = 0: no timers at all, so the simulator stays a cheap load target. No inter-token
   * latency is simulated, so none is observed: one prom-client histogram observation per token
   * cost ~9% of the simulator's CPU at 16 tokens/request (measured with --cpu-prof).
   */
  private runInstantly(): void {
    const count = this.plan.count;
    this.ctx.metrics.ttft(0);
    if (!this.framer) {
      this.emitted = count;
      this.finishNonStream();
      return;
    }
    const drop = this.ctx.faults.dropAfterTokens;
    const stopAt = drop !== null && drop < count ? drop : count;
    let out = this.framer.roleFrame ?? '';
    for (let i = 0; i < stopAt; i++) {
      out += i === count - 1 ? this.framer.lastToken(this.plan.source.json(i), this.plan.finish) : this.framer.token(this.plan.source.json(i));
    }
    this.emitted = stopAt;
    if (stopAt < count) {
      this.res.write(out);
      this.drop();
      return;
    }
    if (count === 0) out += this.framer.lastToken('""', this.plan.finish);
    this.finishStream(out);
  }

  private readonly streamFirstToken = (): void => {
    this.timer = null;
    this.ctx.metrics.ttft((performance.now() - this.arrival) / 1000);
    if (this.framer?.roleFrame) this.res.write(this.framer.roleFrame);
    this.lastTokenAt = performance.now();
    this.streamNextToken();
  };

  private readonly streamTick = (): void => {
    this.timer = null;
    const now = performance.now();
    this.ctx.metrics.itl((now - this.lastTokenAt) / 1000);
    this.lastTokenAt = now;
    this.streamNextToken();
  };

  private streamNextToken(): void {
    const framer = this.framer as StreamFramer;
    const count = this.plan.count;
    const drop = this.ctx.faults.dropAfterTokens;
    if (drop !== null && this.emitted >= drop && this.emitted < count) {
      this.drop();
      return;
    }
    if (count === 0) {
      this.finishStream(framer.lastToken('""', this.plan.finish));
      return;
    }
    const i = this.emitted++;
    if (i === count - 1) {
      this.finishStream(framer.lastToken(this.plan.source.json(i), this.plan.finish));
      return;
    }
    this.res.write(framer.token(this.plan.source.json(i)));
    this.timer = setTimeout(this.streamTick, jittered(this.ctx.opts.itlMs, this.ctx.opts.jitter, this.ctx.rand));
  }

  private finishStream(last: string): void {
    const framer = this.framer as StreamFramer;
    const usage = this.request.includeUsage ? framer.usageFrame(this.request.promptTokens, this.emitted) : '';
    this.settle('finished');
    this.res.end(last + usage + DONE_FRAME);
  }

  private finishNonStream(): void {
    if (this.ctx.faults.dropAfterTokens !== null) {
      this.drop();
      return;
    }
    let text = '';
    for (let i = 0; i < this.emitted; i++) text += this.plan.source.text(i);
    this.settle('finished');
    sendJson(
      this.res,
      200,
      completionBody({
        kind: this.kind,
        id: this.id,
        created: this.created,
        model: this.ctx.opts.model,
        text,
        finishReason: this.plan.finish,
        promptTokens: this.request.promptTokens,
        completionTokens: this.emitted,
      }),
    );
  }

  /** Injected connection loss: no clean end, no [DONE] — what a crashing replica looks like. */
  private drop(): void {
    this.settle('dropped');
    this.ctx.stats.errorsInjected++;
    this.ctx.metrics.faultInjected('drop');
    this.res.destroy();
  }

  private readonly onClose = (): void => {
    if (this.state === 'waiting' || this.state === 'running') {
      this.settle('aborted');
    }
  };

  /** Single exit: frees the slot, stops the timer and books counters exactly once. */
  private settle(outcome: 'finished' | 'aborted' | 'dropped'): void {
    const wasRunning = this.state === 'running';
    this.state = outcome;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.ticket) this.ctx.limiter.leave(this.ticket);
    const { metrics, stats } = this.ctx;
    if (wasRunning) {
      this.ctx.runningTokens -= this.plannedTokens;
      metrics.promptTokens.inc(this.request.promptTokens);
      if (this.emitted > 0) metrics.generationTokens.inc(this.emitted);
    }
    if (outcome === 'finished') {
      stats.completed++;
      metrics.succeeded(this.plan.finish);
      metrics.e2e((performance.now() - this.arrival) / 1000);
    } else if (outcome === 'aborted') {
      stats.aborted++;
      metrics.aborted.inc();
    }
  }
}
