// An HTTP server on 127.0.0.1 that records every POST (path, headers, JSON body) — stands in for
// the webhook, Slack, PagerDuty and dead-man's-switch endpoints Alertmanager notifies.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (validated by the caller at its use site). */
  body: unknown;
  at: number;
}

export interface HttpSink {
  url: string;
  received: Received[];
  /** Resolves with the matching deliveries once `predicate` holds, or rejects after timeoutMs. */
  waitFor(predicate: (all: Received[]) => boolean, timeoutMs: number, what: string): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startHttpSink(): Promise<HttpSink> {
  const received: Received[] = [];
  const waiters = new Set<() => void>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Non-JSON bodies are kept as text.
      }
      received.push({ path: req.url ?? '', headers: req.headers, body, at: Date.now() });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      for (const w of waiters) w();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    waitFor(predicate, timeoutMs, what) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (!predicate(received)) return;
          cleanup();
          resolve(received);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; got ${received.length} deliveries: ${received.map((r) => r.path).join(', ')}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
