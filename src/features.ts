import type { Logger } from 'pino';
import type { Config } from './config/load.js';
import type { GatewayOptions } from './gateway.js';

/**
 * Optional features (UI, stats, classify API, discovery, doctor route) plugged into the gateway.
 * Kept apart from Gateway so tests can start a bare gateway and features can load lazily.
 */
export async function gatewayFeatures(_config: Config, _log: Logger): Promise<Pick<GatewayOptions, 'discovery' | 'stats' | 'extend'>> {
  return {};
}
