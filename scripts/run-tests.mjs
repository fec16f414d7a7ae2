// Runs the test suite: every test/**/*.test.ts, one file at a time (the machines have 2 cores and
// several suites start real servers and browsers; parallel files made timing-based tests flaky).
// Node 20's `--test` does not expand globs itself, hence this script.
// Usage: node scripts/run-tests.mjs [path-prefix ...]   e.g. `npm test -- test/gateway`
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.test.ts') ? [relative(root, p)] : [];
  });
}

const filters = process.argv.slice(2);
const files = walk(join(root, 'test'))
  .sort()
  .filter((f) => filters.length === 0 || filters.some((x) => f.startsWith(x.replace(/^\.\//, ''))));
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
