// Renders the observability pack from deploy/observability/rules.params.yml: Prometheus config and
// rule files, Grafana dashboards, and the PrometheusRule of deploy/kubernetes/base/.
//   npx tsx scripts/render-rules.ts                      # rewrite the committed files
//   npx tsx scripts/render-rules.ts --check              # exit 1 if a committed file differs
//   npx tsx scripts/render-rules.ts --out DIR --time-scale 60 --interval 1s
//                                                        # shortened render for end-to-end tests
// Paths are repo-relative: --out DIR writes DIR/deploy/observability/..., DIR/deploy/kubernetes/...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadParams } from './observability/params.js';
import { inRepo, PARAMS_FILE, REPO_ROOT } from './observability/paths.js';
import { renderAll, writeRender } from './observability/render.js';
import { shortenedRender } from './observability/render-context.js';

function main(): number {
  const { values } = parseArgs({
    options: {
      params: { type: 'string', default: inRepo(PARAMS_FILE) },
      out: { type: 'string', default: REPO_ROOT },
      'time-scale': { type: 'string', default: '1' },
      interval: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const params = loadParams(values.params);
  const timeScale = Number(values['time-scale']);
  const files = renderAll(params, values.interval ? shortenedRender(timeScale, values.interval) : { timeScale });
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
