/**
 * Response bodies shaped like vLLM's OpenAI server (vllm/entrypoints/openai/protocol.py).
 * vLLM serialises stream chunks with `exclude_unset`, so ordinary chunks carry no `usage` key at
 * all (OpenAI's own API sends `"usage": null` there; vLLM does not), and the final usage chunk is
 * dumped with `exclude_none`.
 */

export type CompletionKind = 'chat' | 'text';
export type FinishReason = 'stop' | 'length';

export interface Usage {
  prompt_tokens: number;
  total_tokens: number;
  completion_tokens: number;
}

export function usage(promptTokens: number, completionTokens: number): Usage {
  return { prompt_tokens: promptTokens, total_tokens: promptTokens + completionTokens, completion_tokens: completionTokens };
}

const ERROR_TYPES: Record<number, string> = {
  400: 'BadRequestError',
  404: 'NotFoundError',
  405: 'MethodNotAllowedError',
  413: 'BadRequestError',
  429: 'RateLimitError',
  500: 'InternalServerError',
  503: 'ServiceUnavailableError',
};

export function errorBody(status: number, message: string, param: string | null = null): string {
  const type = ERROR_TYPES[status] ?? 'InternalServerError';
  return JSON.stringify({ error: { message, type, param, code: status } });
}

export function modelNotFound(model: string): string {
  return errorBody(404, `The model \`${model}\` does not exist.`, 'model');
}

export function modelsList(model: string, created: number, maxModelLen: number): string {
  return JSON.stringify({
    object: 'list',
    data: [
      {
        id: model,
        object: 'model',
        created,
        owned_by: 'vllm',
        root: model,
        parent: null,
        max_model_len: maxModelLen,
        permission: [],
      },
    ],
  });
}

export interface CompletionResult {
  kind: CompletionKind;
  id: string;
  created: number;
  model: string;
  text: string;
  finishReason: FinishReason;
  promptTokens: number;
  completionTokens: number;
}

export function completionBody(r: CompletionResult): string {
  const u = usage(r.promptTokens, r.completionTokens);
  if (r.kind === 'chat') {
    return JSON.stringify({
      id: r.id,
      object: 'chat.completion',
      created: r.created,
      model: r.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: r.text, tool_calls: [], reasoning_content: null },
          logprobs: null,
          finish_reason: r.finishReason,
          stop_reason: null,
        },
      ],
      usage: { ...u, prompt_tokens_details: null },
      prompt_logprobs: null,
    });
  }
  return JSON.stringify({
    id: r.id,
    object: 'text_completion',
    created: r.created,
    model: r.model,
    choices: [
      { index: 0, text: r.text, logprobs: null, finish_reason: r.finishReason, stop_reason: null, prompt_logprobs: null },
    ],
    usage: u,
  });
}

/**
 * Pre-serialised SSE frames for one request: the per-token work is two string concatenations
 * around an already JSON-escaped token.
 */
export interface StreamFramer {
  /** vLLM's first chat chunk: role with empty content; null for text completions. */
  readonly roleFrame: string | null;
  token(tokenJson: string): string;
  lastToken(tokenJson: string, finish: FinishReason): string;
  usageFrame(promptTokens: number, completionTokens: number): string;
}

export const DONE_FRAME = 'data: [DONE]\n\n';

export function createStreamFramer(kind: CompletionKind, id: string, created: number, model: string): StreamFramer {
  const object = kind === 'chat' ? 'chat.completion.chunk' : 'text_completion';
  const head = `data: {"id":${JSON.stringify(id)},"object":"${object}","created":${created},"model":${JSON.stringify(model)},"choices":[`;
  const open = kind === 'chat' ? `${head}{"index":0,"delta":{"content":` : `${head}{"index":0,"text":`;
  const close = kind === 'chat' ? '},"logprobs":null,"finish_reason":null}]}\n\n' : ',"logprobs":null,"finish_reason":null,"stop_reason":null}]}\n\n';
  const finishOpen = kind === 'chat' ? '},"logprobs":null,"finish_reason":"' : ',"logprobs":null,"finish_reason":"';
  const finishClose = '","stop_reason":null}]}\n\n';
  return {
    roleFrame: kind === 'chat' ? `${head}{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}\n\n` : null,
    token: (tokenJson) => open + tokenJson + close,
    lastToken: (tokenJson, finish) => open + tokenJson + finishOpen + finish + finishClose,
    usageFrame: (p, c) => `${head}],"usage":${JSON.stringify(usage(p, c))}}\n\n`,
  };
}

export interface EmbeddingResult {
  id: string;
  created: number;
  model: string;
  vectors: number[][];
  promptTokens: number;
}

export function embeddingsBody(r: EmbeddingResult): string {
  return JSON.stringify({
    id: r.id,
    object: 'list',
    created: r.created,
    model: r.model,
    data: r.vectors.map((embedding, index) => ({ index, object: 'embedding', embedding })),
    usage: { prompt_tokens: r.promptTokens, total_tokens: r.promptTokens, completion_tokens: 0, prompt_tokens_details: null },
  });
}
