/**
 * Block-level markdown: the subset models actually write (headings, paragraphs, fenced code,
 * lists, quotes, rules, pipe tables). Raw HTML is not a block type: it stays text, which is what
 * keeps model output from ever becoming markup.
 */
export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'code'; lang: string; code: string; closed: boolean }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'rule' }
  | { type: 'table'; header: string[]; align: ('left' | 'center' | 'right' | null)[]; rows: string[][] };

/** A block plus the source text it came from, so renderers can memoise unchanged blocks. */
export interface SourceBlock {
  block: Block;
  src: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+#.-]*)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const BULLET = /^( {0,3})([-*+])\s+(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const TABLE_SEP = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || BULLET.test(line) || ORDERED.test(line) || QUOTE.test(line);
}

export function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

function alignOf(cell: string): 'left' | 'center' | 'right' | null {
  const c = cell.trim();
  if (c.startsWith(':') && c.endsWith(':')) return 'center';
  if (c.endsWith(':')) return 'right';
  if (c.startsWith(':')) return 'left';
  return null;
}

export function parseBlocks(src: string): SourceBlock[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const out: SourceBlock[] = [];
  let i = 0;
  const push = (block: Block, from: number) => out.push({ block, src: lines.slice(from, i).join('\n') });
  while (i < lines.length) {
    const line = lines[i]!;
    const from = i;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const body: string[] = [];
      i++;
      let closed = false;
      while (i < lines.length) {
        const l = lines[i]!;
        i++;
        if (l.trim().startsWith(marker[0]!.repeat(marker.length)) && l.trim().replace(/[`~]/g, '') === '') {
          closed = true;
          break;
        }
        body.push(l);
      }
      push({ type: 'code', lang: fence[2] ?? '', code: body.join('\n'), closed }, from);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      i++;
      push({ type: 'heading', level: heading[1]!.length, text: heading[2] ?? '' }, from);
      continue;
    }
    if (RULE.test(line)) {
      i++;
      push({ type: 'rule' }, from);
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && !isBlank(lines[i]!)) {
        const q = QUOTE.exec(lines[i]!);
        inner.push(q ? (q[1] ?? '') : lines[i]!);
        i++;
      }
      push({ type: 'quote', children: parseBlocks(inner.join('\n')).map((b) => b.block) }, from);
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = bullet ? null : ORDERED.exec(line);
    if (bullet || ordered) {
      const list = parseList(lines, i, ordered !== null);
      i = list.end;
      push(list.block, from);
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEP.test(lines[i + 1]!) && lines[i + 1]!.includes('-')) {
      const header = splitRow(line);
      const align = splitRow(lines[i + 1]!).map(alignOf);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && !isBlank(lines[i]!) && lines[i]!.includes('|')) rows.push(splitRow(lines[i++]!));
      push({ type: 'table', header, align, rows }, from);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !isBlank(lines[i]!) && (para.length === 0 || !startsBlock(lines[i]!))) para.push(lines[i++]!);
    push({ type: 'paragraph', text: para.join('\n') }, from);
  }
  return out;
}

/** Items continue while lines are indented or are further markers of the same kind. */
function parseList(lines: string[], start: number, ordered: boolean): { block: Block; end: number } {
  const marker = ordered ? ORDERED : BULLET;
  const first = marker.exec(lines[start]!)!;
  const items: string[][] = [];
  let i = start;
  let indent = first[1]!.length + first[2]!.length + 1;
  while (i < lines.length) {
    const line = lines[i]!;
    const m = marker.exec(line);
    if (m && m[1]!.length < indent) {
      indent = m[1]!.length + m[2]!.length + 1;
      items.push([m[3] ?? '']);
      i++;
      continue;
    }
    if (isBlank(line)) {
      const next = lines[i + 1];
      if (next !== undefined && (marker.exec(next) || /^\s{2,}\S/.test(next))) {
        items.at(-1)?.push('');
        i++;
        continue;
      }
      break;
    }
    if (/^\s{2,}/.test(line) || !startsBlock(line)) {
      items.at(-1)?.push(line.replace(/^\s{1,4}/, ''));
      i++;
      continue;
    }
    break;
  }
  const block: Block = {
    type: 'list',
    ordered,
    start: ordered ? Number(first[2]) : 1,
    items: items.map((item) => parseBlocks(item.join('\n')).map((b) => b.block)),
  };
  return { block, end: i };
}
