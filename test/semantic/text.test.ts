import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contentText,
  conversationText,
  extractChatText,
  extractCompletionText,
  extractLastUserText,
  extractRequestText,
  normalizeText,
} from '../../src/semantic/text.js';

test('content as string or text parts; image parts ignored', () => {
  assert.equal(contentText('hi'), 'hi');
  assert.equal(
    contentText([
      { type: 'text', text: 'look at' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
      { type: 'text', text: 'this' },
    ]),
    'look at\nthis',
  );
  assert.equal(contentText(null), '');
  assert.equal(contentText([{ type: 'text', text: 42 }]), '');
});

test('chat text joins every message, last user text picks the final user turn', () => {
  const body = {
    model: 'auto',
    messages: [
      { role: 'system', content: 'You are helpful.' },
      { role: 'user', content: 'first question' },
      { role: 'assistant', content: null, tool_calls: [] },
      { role: 'user', content: [{ type: 'text', text: 'second question' }] },
    ],
  };
  assert.equal(extractChatText(body), 'You are helpful.\nfirst question\nsecond question');
  assert.equal(extractLastUserText(body), 'second question');
  assert.equal(extractRequestText(body), extractChatText(body));
});

test('malformed bodies give empty text instead of throwing', () => {
  for (const b of [null, 42, 'x', [], { messages: 'nope' }, { messages: [null, 3, { role: 'user' }] }]) {
    assert.equal(extractChatText(b), '');
    assert.equal(extractLastUserText(b), '');
  }
  assert.equal(extractCompletionText({ prompt: [1, 2, 3] }), '');
});

test('completions prompt string or array of strings', () => {
  assert.equal(extractCompletionText({ prompt: 'once upon' }), 'once upon');
  assert.equal(extractCompletionText({ prompt: ['a', 'b'] }), 'a\nb');
  assert.equal(extractRequestText({ prompt: 'p' }), 'p');
});

test('normalisation folds width, case, whitespace and invisible characters', () => {
  assert.equal(normalizeText('  Ｈｅｌｌｏ\u200b  World\n'), 'hello world');
});

test('conversation text distinguishes roles but not case or spacing', () => {
  const a = { messages: [{ role: 'user', content: 'What is  2+2?' }] };
  const b = { messages: [{ role: 'user', content: 'what is 2+2?' }] };
  const c = { messages: [{ role: 'system', content: 'what is 2+2?' }] };
  assert.equal(conversationText(a), conversationText(b));
  assert.notEqual(conversationText(a), conversationText(c));
});
