import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockKindOfCode, blockKindOfHeader, errorFromPayload, explainBlock, piiTypesOfHeader } from '../../web/chat/chat-error.js';
import { buildMessages, buildRequest, markStaleStreams, titleFrom } from '../../web/chat/history.js';
import { SseParser } from '../../web/chat/sse-parser.js';
import { exportJson, parseImport } from '../../web/chat/transfer.js';
import type { Conversation, Message } from '../../web/chat/types.js';

test('SSE parser: events split anywhere, CRLF, multi-line data, comments, unterminated last event', () => {
  const p = new SseParser();
  const stream = ': keep-alive\r\ndata: {"a":1}\r\n\r\ndata: line1\ndata: line2\n\nevent: x\ndata: [DONE]\n\ndata: tail';
  const out: string[] = [];
  for (let i = 0; i < stream.length; i += 3) out.push(...p.push(stream.slice(i, i + 3)));
  out.push(...p.end());
  assert.deepEqual(out, ['{"a":1}', 'line1\nline2', '[DONE]', 'tail']);
});

let n = 0;
const msg = (role: Message['role'], content: string, status?: Message['status']): Message => ({ id: String(n++), role, content, createdAt: 0, ...(status ? { status } : {}) });
const conv = (messages: Message[], systemPrompt = ''): Conversation => ({
  id: 'c',
  title: 't',
  createdAt: 0,
  updatedAt: 0,
  settings: { model: 'm', systemPrompt, temperature: null, maxTokens: 64 },
  messages,
});

test('history: system prompt first; failed and empty answers dropped; a blocked turn drops its prompt too', () => {
  const c = conv(
    [msg('user', 'hi'), msg('assistant', 'hello'), msg('user', 'my ssn is …'), msg('assistant', '', 'blocked'), msg('user', 'again'), msg('assistant', '', 'error'), msg('user', 'last'), msg('assistant', 'partial', 'interrupted'), msg('user', 'now')],
    'Be kind.',
  );
  assert.deepEqual(buildMessages(c, c.messages.length), [
    { role: 'system', content: 'Be kind.' },
    { role: 'user', content: 'hi' },
    { role: 'assistant', content: 'hello' },
    { role: 'user', content: 'again' },
    { role: 'user', content: 'last' },
    { role: 'assistant', content: 'partial' },
    { role: 'user', content: 'now' },
  ]);
  const req = buildRequest(c, 2);
  assert.deepEqual(req, { model: 'm', messages: [{ role: 'system', content: 'Be kind.' }, { role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }], max_tokens: 64 });
});

test('a conversation left streaming by a dead page loads as interrupted', () => {
  const c = conv([msg('user', 'q'), msg('assistant', 'half', 'streaming')]);
  assert.equal(markStaleStreams(c).messages[1]!.status, 'interrupted');
  const done = conv([msg('user', 'q')]);
  assert.equal(markStaleStreams(done), done);
  assert.equal(titleFrom('  a   b\n c '), 'a b c');
  assert.equal(titleFrom('x'.repeat(100)).length, 48);
});

test('export/import round trip; import validates untrusted JSON and assigns fresh ids', () => {
  const c = conv([msg('user', 'q'), msg('assistant', 'a', 'streaming')]);
  const [back] = parseImport(exportJson([c]));
  assert.ok(back);
  assert.notEqual(back.id, c.id);
  assert.deepEqual(back.messages.map((m) => [m.role, m.content, m.status]), [['user', 'q', undefined], ['assistant', 'a', 'interrupted']]);
  assert.equal(back.settings.maxTokens, 64);
  assert.throws(() => parseImport('not json'), /not valid JSON/);
  assert.throws(() => parseImport('{"conversations": 3}'), /list of conversations/);
  assert.throws(() => parseImport('{"conversations": [{"messages": "x"}]}'), /No conversations/);
  const [odd] = parseImport(JSON.stringify([{ messages: [{ role: 'system', content: 'x' }, { role: 'user', content: 5 }, { role: 'user', content: 'ok' }], settings: { temperature: 'hot' } }]));
  assert.deepEqual(odd!.messages.map((m) => m.content), ['ok']);
  assert.equal(odd!.settings.temperature, null);
});

test('error bodies: OpenAI shape, request id from body or header, blocked codes explained', () => {
  const body = { error: { message: 'nope', type: 'server_error', code: 'no_ready_endpoint', param: null, request_id: 'r1' } };
  assert.deepEqual(errorFromPayload(body, 503, 'h1'), { status: 503, message: 'nope', code: 'no_ready_endpoint', requestId: 'r1' });
  assert.deepEqual(errorFromPayload({ error: { message: 'x' } }, 500, 'h2'), { status: 500, message: 'x', requestId: 'h2' });
  assert.deepEqual(errorFromPayload('garbage', 502), { status: 502, message: 'HTTP 502' });
  assert.equal(blockKindOfCode('pii_policy_denied'), 'pii');
  assert.equal(blockKindOfCode('jailbreak_blocked'), 'jailbreak');
  assert.equal(blockKindOfCode('no_ready_endpoint'), undefined);
  assert.equal(blockKindOfHeader(' PII '), 'pii');
  assert.equal(blockKindOfHeader(null), undefined);
  assert.match(explainBlock(undefined), /content filter/);
});

test('blocked PII is named in plain words from x-switchyard-pii-types', () => {
  assert.deepEqual(piiTypesOfHeader('EMAIL_ADDRESS, phone_number,,<b>x</b>'), ['EMAIL_ADDRESS', 'PHONE_NUMBER']);
  assert.deepEqual(piiTypesOfHeader(null), []);
  assert.match(explainBlock('pii', ['EMAIL_ADDRESS', 'PHONE_NUMBER']), /personal information \(an e-mail address, a phone number\)/);
  assert.match(explainBlock('pii', ['NEW_KIND']), /\(new kind\)/);
  assert.match(explainBlock('pii'), /for example an e-mail address/);
  assert.match(explainBlock('jailbreak', ['EMAIL_ADDRESS']), /jailbreak or prompt injection/);
});
