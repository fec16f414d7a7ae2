import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBlocks, type Block } from '../../web/chat/markdown/blocks.js';
import { highlight } from '../../web/chat/markdown/highlight.js';
import { parseInline, type Inline } from '../../web/chat/markdown/inline.js';
import { safeUrl } from '../../web/chat/markdown/safe-url.js';

const blocks = (src: string): Block[] => parseBlocks(src).map((b) => b.block);
const links = (nodes: Inline[]): string[] =>
  nodes.flatMap((n) => (n.type === 'link' ? [n.href, ...links(n.children)] : 'children' in n ? links(n.children) : []));

test('blocks: headings, paragraphs, fences (closed or still streaming), rules, quotes, tables', () => {
  const b = blocks('# Title\n\nSome text\nnext line\n\n```py\nx = 1\n```\n\n---\n\n> quoted\n> more\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n```js\nopen');
  assert.deepEqual(b.map((x) => x.type), ['heading', 'paragraph', 'code', 'rule', 'quote', 'table', 'code']);
  assert.deepEqual(b[0], { type: 'heading', level: 1, text: 'Title' });
  assert.deepEqual(b[1], { type: 'paragraph', text: 'Some text\nnext line' });
  assert.deepEqual(b[2], { type: 'code', lang: 'py', code: 'x = 1', closed: true });
  assert.deepEqual(b[5], { type: 'table', header: ['a', 'b'], align: ['left', 'right'], rows: [['1', '2']] });
  assert.deepEqual(b[6], { type: 'code', lang: 'js', code: 'open', closed: false });
});

test('blocks: lists, ordered start, nesting, and source slices for memoisation', () => {
  const parsed = parseBlocks('3. three\n4. four\n   - nested\n\nafter');
  const list = parsed[0]!.block;
  assert.equal(list.type, 'list');
  if (list.type !== 'list') return;
  assert.equal(list.ordered, true);
  assert.equal(list.start, 3);
  assert.equal(list.items.length, 2);
  assert.deepEqual(list.items[1]!.map((b) => b.type), ['paragraph', 'list']);
  assert.equal(parsed[0]!.src, '3. three\n4. four\n   - nested');
  assert.equal(parsed[1]!.src, 'after');
});

test('raw HTML is never a block or an element: it stays text', () => {
  const b = blocks('<script>alert(1)</script>\n<img src=x onerror=alert(1)>');
  assert.deepEqual(b, [{ type: 'paragraph', text: '<script>alert(1)</script>\n<img src=x onerror=alert(1)>' }]);
  const inl = parseInline('<img src=x onerror=alert(1)>');
  assert.deepEqual(inl, [{ type: 'text', text: '<img src=x onerror=alert(1)>' }]);
});

test('inline: code, emphasis, strikethrough, links, autolinks, escapes, breaks; snake_case is not emphasis', () => {
  assert.deepEqual(parseInline('a `b*c` **d** *e* ~~f~~'), [
    { type: 'text', text: 'a ' },
    { type: 'code', text: 'b*c' },
    { type: 'text', text: ' ' },
    { type: 'strong', children: [{ type: 'text', text: 'd' }] },
    { type: 'text', text: ' ' },
    { type: 'em', children: [{ type: 'text', text: 'e' }] },
    { type: 'text', text: ' ' },
    { type: 'del', children: [{ type: 'text', text: 'f' }] },
  ]);
  assert.deepEqual(parseInline('snake_case_name'), [{ type: 'text', text: 'snake_case_name' }]);
  assert.deepEqual(parseInline('\\*not em\\*'), [{ type: 'text', text: '*not em*' }]);
  assert.deepEqual(links(parseInline('[x](https://a.example/p?q=1) see https://b.example/x. <mailto:me@x.org>')), ['https://a.example/p?q=1', 'https://b.example/x', 'mailto:me@x.org']);
  assert.deepEqual(parseInline('a\nb').map((n) => n.type), ['text', 'break', 'text']);
  assert.deepEqual(parseInline('**unclosed'), [{ type: 'text', text: '**unclosed' }]);
});

test('safeUrl allows http, https and mailto only', () => {
  assert.equal(safeUrl('https://example.com/a?b=1#c'), 'https://example.com/a?b=1#c');
  assert.equal(safeUrl('http://x.org'), 'http://x.org/');
  assert.equal(safeUrl('mailto:a@b.c'), 'mailto:a@b.c');
  for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/admin/reload', '//evil.example', 'javascript&#58;alert(1)', 'https:', 'file:///etc/passwd', 'https://a.example/x y']) {
    assert.equal(safeUrl(bad), null, bad);
  }
});

test('highlight splits code into typed tokens whose text is the input', () => {
  const code = 'const x = "a // b"; // note\nreturn 42;';
  const tokens = highlight(code, 'ts');
  assert.equal(tokens.map((t) => t.text).join(''), code);
  assert.deepEqual(
    tokens.filter((t) => t.kind !== 'plain').map((t) => [t.kind, t.text]),
    [['keyword', 'const'], ['string', '"a // b"'], ['comment', '// note'], ['keyword', 'return'], ['number', '42']],
  );
  const py = highlight('def f():  # hi\n    return None', 'python');
  assert.deepEqual(py.filter((t) => t.kind !== 'plain').map((t) => t.kind), ['keyword', 'comment', 'keyword', 'keyword']);
  const sql = highlight('SELECT 1 -- c', 'sql');
  assert.deepEqual(sql.filter((t) => t.kind !== 'plain').map((t) => t.kind), ['keyword', 'number', 'comment']);
});
