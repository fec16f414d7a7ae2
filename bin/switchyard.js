#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled tree so `npx switchyard` and the Docker image run
// the same code as `npm start`.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { if (typeof code === 'number') process.exitCode = code; },
  (err) => { console.error(err instanceof Error ? err.message : err); process.exitCode = 1; },
);
