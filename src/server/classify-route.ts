import type { FastifyInstance } from 'fastify';
import type { SemanticEngine } from '../semantic/engine.js';
import { sendError, toGatewayError } from './error-handler.js';
import { GatewayError } from './errors.js';
import { parseJsonBody } from './validate.js';

/** What `POST /api/v1/classify` answers: the three signals the pipeline uses, and their cost. */
export interface ClassifyResponse {
  category: { name: string; confidence: number };
  pii: Array<{ type: string; start: number; end: number; score: number }>;
  jailbreak: { detected: boolean; score: number };
  latency_ms: number;
}

/**
 * The classifiers as an API, on the main port like the OpenAI routes (an auth stage will cover
 * both). Useful to tune thresholds and categories against real prompts without sending traffic.
 */
export function registerClassifyRoute(app: FastifyInstance, opts: { engine: () => SemanticEngine }): void {
  app.post('/api/v1/classify', async (req, reply) => {
    try {
      const body = parseJsonBody(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      if (typeof body.text !== 'string' || body.text.length === 0) {
        throw new GatewayError('invalid_request', '`text` is required and must be a non-empty string.', { param: 'text' });
      }
      const engine = opts.engine();
      const t0 = performance.now();
      const category = await engine.category(body.text);
      const pii = engine.pii(body.text);
      const jailbreak = engine.jailbreak(body.text);
      const out: ClassifyResponse = {
        category: { name: category.name, confidence: category.confidence },
        pii: pii.map((f) => ({ type: f.type, start: f.start, end: f.end, score: f.score })),
        jailbreak: { detected: jailbreak.detected, score: jailbreak.score },
        latency_ms: performance.now() - t0,
      };
      return out;
    } catch (err) {
      return sendError(reply, toGatewayError(err), req.id);
    }
  });
}
