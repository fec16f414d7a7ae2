// Renders the observability pack from deploy/observability/rules.params.yml.
//   npx tsx scripts/render-rules.ts                      # rewrite the committed files
//   npx tsx scripts/render-rules.ts --check              # exit 1 if the committed files differ
//   npx tsx scripts/render-rules.ts --out DIR --time-scale 60 --interval 1s
//                                                        # shortened render for end-to-end tests
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadParams } from './observability/params.js';
import { OBSERVABILITY_DIR, renderAll, writeRender } from './observability/render.js';

function main(): number {
  const { values } = parseArgs({
    options: {
      params: { type: 'string', default: join(OBSERVABILITY_DIR, 'rules.params.yml') },
      out: { type: 'string', default: OBSERVABILITY_DIR },
      'time-scale': { type: 'string', default: '1' },
      interval: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const params = loadParams(values.params);
  const interval = values.interval;
  const files = renderAll(params, {
    timeScale: Number(values['time-scale']),
    ...(interval ? { scrapeInterval: interval, evaluationInterval: interval, slowEvaluationInterval: interval } : {}),
  });
  if (values.check) {
    const stale = [...files].filter(([path, text]) => {
      try {
        return readFileSync(join(values.out, path), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const [path] of stale) console.error(`stale: ${join(values.out, path)}`);
    if (stale.length > 0) console.error('run: npx tsx scripts/render-rules.ts');
    return stale.length > 0 ? 1 : 0;
  }
  writeRender(values.out, files);
  console.log(`rendered ${files.size} files into ${values.out}`);
  return 0;
}

process.exitCode = main();
