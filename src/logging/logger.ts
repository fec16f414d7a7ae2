import { pino, type Logger, type LevelWithSilent } from 'pino';

// Headers are never logged whole; these paths are redacted in case a caller passes them anyway.
// Kept short: every path is checked on every line (redaction was ~1% of CPU with wildcards).
const redact = ['headers.authorization', 'authorization', 'api_key', 'token'];

export function createLogger(level: LevelWithSilent = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: { service: 'switchyard' }, redact: { paths: redact, censor: '[redacted]' }, timestamp: pino.stdTimeFunctions.isoTime },
    destination ?? pino.destination({ sync: false }),
  );
}
