/**
 * FIFO admission like vLLM's scheduler with a max_num_seqs limit: requests beyond the limit wait
 * (num_requests_waiting) until a running one finishes or aborts. Callback-based rather than
 * promise-based so the zero-latency path stays synchronous and allocation-light.
 */
export interface Ticket {
  /** Called once when the request may run; the holder must call release() exactly once. */
  readonly start: (ticket: Ticket) => void;
  left: boolean;
  admitted: boolean;
}

export class ConcurrencyLimiter {
  running = 0;
  waiting = 0;
  private queue: Ticket[] = [];
  private head = 0;
  private draining = false;

  constructor(private limit: number) {}

  get maxConcurrency(): number {
    return this.limit;
  }

  hasFreeSlot(): boolean {
    return this.limit <= 0 || this.running < this.limit;
  }

  /** Runs `start` now if a slot is free, otherwise queues it. */
  acquire(start: (ticket: Ticket) => void): Ticket {
    const ticket: Ticket = { start, left: false, admitted: false };
    if (this.hasFreeSlot()) {
      this.admit(ticket);
    } else {
      this.queue.push(ticket);
      this.waiting++;
    }
    return ticket;
  }

  /**
   * Frees the slot of an admitted ticket (finished or aborted) or removes a waiting one (client
   * went away). Idempotent, so abort and completion paths may both call it.
   */
  leave(ticket: Ticket): void {
    if (ticket.left) return;
    ticket.left = true;
    if (ticket.admitted) this.release();
    else this.waiting--;
  }

  private release(): void {
    this.running--;
    // A zero-latency request finishes inside start(), which re-enters here; let the outer loop
    // do the admitting so a long queue does not recurse once per queued request.
    if (this.draining) return;
    this.draining = true;
    while (this.head < this.queue.length && this.hasFreeSlot()) {
      const next = this.queue[this.head] as Ticket;
      this.head++;
      if (next.left) continue;
      this.waiting--;
      this.admit(next);
    }
    this.draining = false;
    // Compact occasionally so a long-lived queue does not grow without bound.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  private admit(ticket: Ticket): void {
    ticket.admitted = true;
    this.running++;
    ticket.start(ticket);
  }
}
