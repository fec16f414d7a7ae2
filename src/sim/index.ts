/** vLLM simulator: embedded demo backend, test double and benchmark load target. */
export { startSimulator, type Simulator } from './server.js';
export { defaultFaults, DEFAULT_MODEL, type FaultConfig, type FaultPatch, type InjectableStatus, type SimOptions } from './options.js';
export type { RecordedRequest, SimStats } from './stats.js';
export { EMBEDDING_DIM } from './embeddings.js';
