// PII eval: per-type precision/recall on eval/data/pii.jsonl, recall over the structured types,
// and the false-positive rate on look-alikes (order numbers, ISBNs, versions, prices, dates,
// tracking numbers, timestamps) and clean prompts.

import { detectPii, PII_TYPES, STRUCTURED_PII_TYPES, type PiiType } from '../src/guards/pii/index.js';
import { isRecord, pct, readJsonl, type Target } from './jsonl.js';

interface Row {
  text: string;
  kind: 'positive' | 'lookalike' | 'clean';
  entities: Array<{ type: PiiType; value: string }>;
}

const isRow = (r: unknown): r is Row =>
  isRecord(r) &&
  typeof r.text === 'string' &&
  (r.kind === 'positive' || r.kind === 'lookalike' || r.kind === 'clean') &&
  Array.isArray(r.entities) &&
  r.entities.every((e) => isRecord(e) && typeof e.value === 'string' && (PII_TYPES as readonly unknown[]).includes(e.type));

export function runPiiEval(log: (s: string) => void, file = 'pii.jsonl'): Target[] {
  const rows = readJsonl(file, isRow);
  const tp = new Map<PiiType, number>();
  const fn = new Map<PiiType, number>();
  const fp = new Map<PiiType, number>();
  const inc = (m: Map<PiiType, number>, t: PiiType) => m.set(t, (m.get(t) ?? 0) + 1);
  const structured = new Set<PiiType>(STRUCTURED_PII_TYPES);
  let lookalikes = 0;
  let lookalikeHits = 0;
  let cleanHits = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const found = detectPii(r.text);
    const expected = r.entities.map((e) => {
      const start = r.text.indexOf(e.value);
      return { type: e.type, start, end: start + e.value.length, matched: false };
    });
    for (const f of found) {
      const m = expected.find((e) => !e.matched && e.type === f.type && f.start < e.end && e.start < f.end);
      if (m) {
        m.matched = true;
        inc(tp, f.type);
      } else {
        inc(fp, f.type);
        misses.push(`  false ${f.type}: ${JSON.stringify(r.text.slice(f.start, f.end))} in ${JSON.stringify(r.text.slice(0, 70))}`);
      }
    }
    for (const e of expected) {
      if (!e.matched) {
        inc(fn, e.type);
        misses.push(`  missed ${e.type}: ${JSON.stringify(r.text.slice(e.start, e.end))}`);
      }
    }
    const unexpected = found.filter((f) => structured.has(f.type) && !expected.some((e) => e.type === f.type && f.start < e.end && e.start < f.end));
    if (r.kind === 'lookalike') {
      lookalikes++;
      if (unexpected.length > 0) lookalikeHits++;
    }
    if (r.kind === 'clean' && found.length > 0) cleanHits++;
  }
  log(`## PII (${file})`);
  log('| type | precision | recall | TP | FP | FN |');
  log('| --- | --- | --- | --- | --- | --- |');
  let sTp = 0;
  let sFn = 0;
  for (const t of PII_TYPES) {
    const a = tp.get(t) ?? 0;
    const b = fp.get(t) ?? 0;
    const c = fn.get(t) ?? 0;
    if (structured.has(t)) {
      sTp += a;
      sFn += c;
    }
    log(`| ${t} | ${pct(a, a + b)} | ${pct(a, a + c)} | ${a} | ${b} | ${c} |`);
  }
  const clean = rows.filter((r) => r.kind === 'clean').length;
  log(`\nstructured recall ${pct(sTp, sTp + sFn)}; look-alike prompts with a false structured finding: ${lookalikeHits}/${lookalikes} (${pct(lookalikeHits, lookalikes)}); clean prompts with any finding: ${cleanHits}/${clean}`);
  if (misses.length > 0) log('errors:\n' + misses.join('\n'));
  const recall = sTp / Math.max(1, sTp + sFn);
  const fpr = lookalikeHits / Math.max(1, lookalikes);
  return [
    { name: `PII structured recall (${file})`, value: recall, target: '>= 95%', ok: recall >= 0.95 },
    { name: `PII look-alike false positives (${file})`, value: fpr, target: '<= 5%', ok: fpr <= 0.05 },
  ];
}
