// A deliberately small PromQL reader: enough to list the series names an expression selects,
// the label names its matchers use, and the function each name sits in. It is not a parser;
// it relies on the expressions being well-formed (promtool checks that separately).

const KEYWORDS = new Set([
  'and', 'or', 'unless', 'by', 'without', 'on', 'ignoring', 'group_left', 'group_right',
  'offset', 'bool', 'inf', 'nan', 'atan2',
]);

export interface SeriesRef {
  name: string;
  /** Label names used in this selector's matchers. */
  matcherLabels: string[];
  /** Innermost enclosing function or aggregation ('' at top level). */
  enclosing: string;
}

/** Blank string literal contents so braces or parens inside them do not confuse the scan. */
function blankStrings(expr: string): string {
  return expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, (s) => `${s[0]}${' '.repeat(s.length - 2)}${s[0]}`);
}

function stripComments(expr: string): string {
  return expr.replace(/#[^\n]*/g, '');
}

const IDENT = /[a-zA-Z_:][\w:]*/y;

export function seriesRefs(expression: string): SeriesRef[] {
  const text = blankStrings(stripComments(expression));
  const refs: SeriesRef[] = [];
  const stack: string[] = [];
  let pendingFn = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '{') {
      const end = text.indexOf('}', i);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (ch === '[') {
      const end = text.indexOf(']', i);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (ch === '(') {
      stack.push(pendingFn);
      pendingFn = '';
      i++;
      continue;
    }
    if (ch === ')') {
      stack.pop();
      i++;
      continue;
    }
    const prev = i > 0 ? text[i - 1]! : ' ';
    IDENT.lastIndex = i;
    const match = /[a-zA-Z_:]/.test(ch) && !/[\w$.]/.test(prev) ? IDENT.exec(text) : null;
    if (!match) {
      i++;
      continue;
    }
    const word = match[0];
    i += word.length;
    let j = i;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    const next = text[j];
    if (KEYWORDS.has(word)) {
      // by (...) / on (...) label lists are not function calls: skip them whole.
      if (next === '(' && word !== 'atan2') {
        const end = text.indexOf(')', j);
        i = end < 0 ? text.length : end + 1;
      }
      continue;
    }
    if (next === '(') {
      pendingFn = word;
      continue;
    }
    // An aggregation written `sum by (x) (...)` reaches here with `by` next: it is a function.
    if (/^(by|without)\b/.test(text.slice(j))) {
      pendingFn = word;
      continue;
    }
    const matcherLabels: string[] = [];
    if (next === '{') {
      const end = text.indexOf('}', j);
      const body = text.slice(j + 1, end < 0 ? text.length : end);
      for (const m of body.matchAll(/([a-zA-Z_][\w]*)\s*(=~|!~|!=|=)/g)) matcherLabels.push(m[1]!);
    }
    refs.push({ name: word, matcherLabels, enclosing: stack[stack.length - 1] ?? '' });
  }
  return refs;
}

export function seriesNames(expression: string): string[] {
  return [...new Set(seriesRefs(expression).map((r) => r.name))];
}
