/** POST /v1/chat/completions, /v1/completions and /v1/embeddings. */
import type { ServerResponse } from 'node:http';
import type { SimContext } from './context.js';
import { embed } from './embeddings.js';
import { hashString, wordTokens } from './generate.js';
import { Generation, type ReplyPlan } from './generation.js';
import { sendError, sendJson } from './http-io.js';
import { embeddingsBody, modelNotFound, type CompletionKind } from './openai-shapes.js';
import { parseEmbeddingRequest, parseInferenceRequest, type InferenceRequest } from './request-parse.js';

function wrongModel(ctx: SimContext, res: ServerResponse, model: string | undefined): boolean {
  if (model === undefined || model === ctx.opts.model) return false;
  sendJson(res, 404, modelNotFound(model));
  return true;
}

/**
 * Injected error or hang; true when the request has been dealt with. Runs after validation so a
 * malformed request still gets its honest 400.
 */
function injectFault(ctx: SimContext, res: ServerResponse): boolean {
  const { faults, stats, metrics } = ctx;
  if (faults.shouldError()) {
    stats.errorsInjected++;
    metrics.faultInjected('error');
    const e = faults.injectedError();
    sendJson(res, e.status, e.body, e.headers);
    return true;
  }
  if (faults.hang) {
    stats.errorsInjected++;
    metrics.faultInjected('hang');
    // Never answer; a client that gives up is an abort like any other.
    res.on('close', () => {
      if (res.writableFinished) return;
      stats.aborted++;
      metrics.aborted.inc();
    });
    return true;
  }
  return false;
}

function planReply(ctx: SimContext, r: InferenceRequest): ReplyPlan {
  const { opts, reply } = ctx;
  if (reply) {
    // A forced reply is sent whole unless the request (or the server cap) asks for fewer tokens.
    const limit = Math.min(r.maxTokens ?? Number.POSITIVE_INFINITY, opts.maxTokens);
    const count = Math.min(limit, reply.available);
    return { source: reply, count, finish: count < reply.available ? 'length' : 'stop' };
  }
  const requested = r.maxTokens ?? opts.outputTokens;
  const count = Math.min(requested, opts.maxTokens);
  // Without max_tokens a real model stops on EOS ("stop"); hitting an explicit limit is "length".
  const finish = r.maxTokens !== undefined || opts.maxTokens < opts.outputTokens ? 'length' : 'stop';
  return { source: wordTokens(opts.seed, hashString(r.promptKey)), count, finish };
}

export function handleCompletion(
  ctx: SimContext,
  kind: CompletionKind,
  res: ServerResponse,
  body: unknown,
  arrival: number,
): void {
  const parsed = parseInferenceRequest(kind, body);
  if (!parsed.ok) {
    sendError(res, 400, parsed.message, parsed.param);
    return;
  }
  const r = parsed.value;
  if (wrongModel(ctx, res, r.model) || injectFault(ctx, res)) return;
  new Generation(ctx, res, kind, r, planReply(ctx, r), arrival);
}

export function handleEmbeddings(ctx: SimContext, res: ServerResponse, body: unknown): void {
  const parsed = parseEmbeddingRequest(body);
  if (!parsed.ok) {
    sendError(res, 400, parsed.message, parsed.param);
    return;
  }
  const r = parsed.value;
  if (wrongModel(ctx, res, r.model) || injectFault(ctx, res)) return;
  if (ctx.faults.dropAfterTokens !== null) {
    ctx.stats.errorsInjected++;
    ctx.metrics.faultInjected('drop');
    res.destroy();
    return;
  }
  ctx.metrics.promptTokens.inc(r.promptTokens);
  ctx.stats.completed++;
  sendJson(
    res,
    200,
    embeddingsBody({
      id: ctx.nextId('embd-'),
      created: Math.floor(Date.now() / 1000),
      model: ctx.opts.model,
      vectors: r.inputs.map((text) => embed(text, ctx.opts.seed)),
      promptTokens: r.promptTokens,
    }),
  );
}
