import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Config } from './config/load.js';
import { discoveryFactory } from './discovery/index.js';
import { runDoctor } from './doctor/run-doctor.js';
import type { GatewayOptions } from './gateway.js';
import { RollingStats } from './metrics/rolling-stats.js';
import { registerStatsRoute } from './ui/stats-route.js';
import { registerUi } from './ui/ui-routes.js';

/** Where `npm run build` puts the bundled UI (scripts/build-ui.mjs), relative to dist/features.js. */
export const defaultAssetsDir = fileURLToPath(new URL('../dist/web/', import.meta.url));

/**
 * The optional features mounted on the gateway: endpoint discovery, the chat UI, the status page's
 * stats, and the doctor route. Kept apart from Gateway so tests can start a bare gateway.
 */
export async function gatewayFeatures(_config: Config, _log: Logger, assetsDir = defaultAssetsDir): Promise<Pick<GatewayOptions, 'discovery' | 'stats' | 'extend'>> {
  const stats = new RollingStats();
  return {
    discovery: discoveryFactory,
    stats,
    extend(app, gw) {
      registerStatsRoute(app, { stats, registry: () => gw.registry });
      // The status page runs the same checks as `switchyard doctor` against the live config.
      app.get('/api/v1/doctor', async () => runDoctor({ config: gw.config }));
      if (gw.config.ui.enabled) registerUi(app, { path: gw.config.ui.path, assetsDir });
    },
  };
}
