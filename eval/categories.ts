// Category eval: top-1 accuracy and confusion on eval/data/categories.jsonl (the dev split, used
// while tuning) and categories-fresh.jsonl (written after tuning stopped, never tuned on), plus a
// calibration check: accuracy of the predictions above and below the 0.5 threshold.

import { BUILTIN_CATEGORIES, BUILTIN_CATEGORY_NAMES } from '../src/semantic/builtin-categories.js';
import { createCategoryClassifier } from '../src/semantic/category-classifier.js';
import { isRecord, pct, readJsonl, type Target } from './jsonl.js';

interface Row {
  text: string;
  label: string;
}

const isRow = (r: unknown): r is Row => isRecord(r) && typeof r.text === 'string' && typeof r.label === 'string';

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function runCategoryEval(log: (s: string) => void): Target[] {
  const clf = createCategoryClassifier();
  log(`## Category (built-in 14 MMLU-Pro subjects; model built in ${clf.buildMs.toFixed(0)} ms)`);
  const training = new Set(BUILTIN_CATEGORIES.flatMap((c) => [...c.examples, c.description]).map(normalise));
  const targets: Target[] = [];
  for (const split of ['categories.jsonl', 'categories-fresh.jsonl']) {
    const rows = readJsonl(split, isRow);
    const leaked = rows.filter((r) => training.has(normalise(r.text)));
    if (leaked.length > 0) throw new Error(`${split}: ${leaked.length} prompts copied from the built-in examples`);
    const names = [...BUILTIN_CATEGORY_NAMES];
    const confusion = names.map(() => names.map(() => 0));
    let correct = 0;
    let hi = 0;
    let hiOk = 0;
    let ece = 0;
    for (const r of rows) {
      const res = clf.classify(r.text);
      const ok = res.name === r.label;
      if (ok) correct++;
      if (res.confidence >= 0.5) {
        hi++;
        if (ok) hiOk++;
      }
      ece += (res.confidence - (ok ? 1 : 0)) / rows.length;
      confusion[names.indexOf(r.label)]![names.indexOf(res.name)]!++;
    }
    const acc = correct / rows.length;
    log(`\n### ${split}: top-1 ${pct(correct, rows.length)} (${correct}/${rows.length})`);
    log(`confidence >= 0.5: ${hi} prompts, ${pct(hiOk, hi)} correct; < 0.5: ${rows.length - hi} prompts, ${pct(correct - hiOk, rows.length - hi)} correct; calibration gap (mean confidence - accuracy) ${ece.toFixed(3)}`);
    log('\nconfusion (rows: label, columns: predicted)');
    log('             ' + names.map((n) => n.slice(0, 4).padStart(5)).join(''));
    confusion.forEach((row, i) => log(names[i]!.slice(0, 12).padEnd(13) + row.map((x) => String(x).padStart(5)).join('')));
    targets.push({ name: `category top-1 (${split})`, value: acc, target: '>= 85%', ok: acc >= 0.85 });
  }
  return targets;
}
