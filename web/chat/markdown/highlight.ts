/**
 * Light syntax highlighting: one pass of a combined regex per language family, producing typed
 * spans (never HTML). Good enough to tell comments, strings, keywords and numbers apart.
 */
export type TokenKind = 'plain' | 'comment' | 'string' | 'keyword' | 'number';
export interface Token {
  kind: TokenKind;
  text: string;
}

const C_KEYWORDS =
  'break case catch class const continue default delete do else enum export extends false finally for from function if import in instanceof interface let new null return static super switch this throw true try type typeof undefined var void while with yield async await public private protected fn impl struct mut pub use mod match loop trait where go func package chan defer map range select int char float double long bool string auto namespace template using';
const PY_KEYWORDS = 'and as assert async await break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield self print';
const SH_KEYWORDS = 'if then else elif fi for while do done case esac function in return export local echo set unset cd sudo apt npm node curl';
const SQL_KEYWORDS = 'select from where and or not insert into values update set delete create table drop alter join left right inner outer on group by order having limit as null is distinct union all primary key';

interface Lang {
  comment: string;
  keywords: Set<string>;
  caseInsensitive?: boolean;
}

const words = (s: string) => new Set(s.split(' '));
const C_LIKE: Lang = { comment: '//[^\\n]*|/\\*[\\s\\S]*?(?:\\*/|$)', keywords: words(C_KEYWORDS) };
const HASH: Lang = { comment: '#[^\\n]*', keywords: words(PY_KEYWORDS) };
const SHELL: Lang = { comment: '#[^\\n]*', keywords: words(SH_KEYWORDS) };
const SQL: Lang = { comment: '--[^\\n]*', keywords: words(SQL_KEYWORDS), caseInsensitive: true };
const DATA: Lang = { comment: '#[^\\n]*', keywords: words('true false null yes no on off') };

const BY_NAME: Record<string, Lang> = {
  py: HASH, python: HASH,
  sh: SHELL, bash: SHELL, shell: SHELL, zsh: SHELL, console: SHELL, dockerfile: SHELL,
  sql: SQL,
  yaml: DATA, yml: DATA, toml: DATA, json: DATA, ini: DATA,
};

const STRING = `"(?:[^"\\\\\\n]|\\\\.)*"?|'(?:[^'\\\\\\n]|\\\\.)*'?|\`(?:[^\`\\\\]|\\\\.)*\`?`;
const NUMBER = '\\b(?:0x[0-9a-fA-F]+|\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)\\b';
const WORD = '[A-Za-z_$][\\w$]*';

const cache = new Map<Lang, RegExp>();

function regexFor(lang: Lang): RegExp {
  let re = cache.get(lang);
  if (!re) {
    re = new RegExp(`(${lang.comment})|(${STRING})|(${NUMBER})|(${WORD})`, 'g');
    cache.set(lang, re);
  }
  return re;
}

export function highlight(code: string, langName: string): Token[] {
  const lang = BY_NAME[langName.toLowerCase()] ?? C_LIKE;
  // Long blocks cost more to diff as thousands of spans than they gain from colour.
  if (code.length > 20_000) return [{ kind: 'plain', text: code }];
  const re = regexFor(lang);
  re.lastIndex = 0;
  const out: Token[] = [];
  let last = 0;
  const push = (kind: TokenKind, text: string) => {
    const prev = out.at(-1);
    if (prev && prev.kind === kind) prev.text += text;
    else out.push({ kind, text });
  };
  for (let m = re.exec(code); m !== null; m = re.exec(code)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    if (m.index > last) push('plain', code.slice(last, m.index));
    if (m[1] !== undefined) push('comment', m[0]);
    else if (m[2] !== undefined) push('string', m[0]);
    else if (m[3] !== undefined) push('number', m[0]);
    else push(lang.keywords.has(lang.caseInsensitive ? m[0].toLowerCase() : m[0]) ? 'keyword' : 'plain', m[0]);
    last = m.index + m[0].length;
  }
  if (last < code.length) push('plain', code.slice(last));
  return out;
}
