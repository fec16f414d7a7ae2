// `npm run eval` (node --import tsx eval/run.ts): category accuracy and confusion, PII
// precision/recall and look-alike false positives, jailbreak TPR/FPR, each on every labelled split
// in eval/data. Exits 1 when any split misses its target (see eval/README.md).

import { runCategoryEval } from './categories.js';
import { runJailbreakBackgroundCheck, runJailbreakEval } from './jailbreak.js';
import type { Target } from './jsonl.js';
import { runPiiEval } from './pii.js';

function main(): number {
  const log = (s: string) => console.log(s);
  const targets: Target[] = [
    ...runCategoryEval(log),
    ...['pii.jsonl', 'pii-holdout.jsonl'].flatMap((f) => {
      log('');
      return runPiiEval(log, f);
    }),
    ...['jailbreak.jsonl', 'jailbreak-fresh.jsonl', 'jailbreak-holdout.jsonl', 'jailbreak-blind.jsonl'].flatMap((f) => {
      log('');
      return runJailbreakEval(log, f);
    }),
  ];
  log('');
  targets.push(runJailbreakBackgroundCheck(log));
  // blind2 was scored once, after the detector was frozen: the honest estimate for prompts nobody
  // has seen. It is reported, not gated — tuning against it would spend it (see eval/README.md).
  log('');
  const estimate = runJailbreakEval(log, 'jailbreak-blind2.jsonl');
  log('\n## Targets');
  log('| metric | value | target | |');
  log('| --- | --- | --- | --- |');
  for (const t of targets) log(`| ${t.name} | ${(t.value * 100).toFixed(1)}% | ${t.target} | ${t.ok ? 'ok' : 'FAIL'} |`);
  for (const t of estimate) log(`| ${t.name} (generalisation estimate, not gated) | ${(t.value * 100).toFixed(1)}% | ${t.target} | ${t.ok ? 'ok' : 'below'} |`);
  return targets.every((t) => t.ok) ? 0 : 1;
}

process.exitCode = main();
