import { LogController } from 'fastify';

/**
 * Fastify's own per-request log lines are off: the gateway writes exactly one line per request
 * itself (metrics/request-observer.ts), with the fields operators need and nothing they must not see.
 */
export const quietLogController = () => new LogController({ disableRequestLogging: true });
