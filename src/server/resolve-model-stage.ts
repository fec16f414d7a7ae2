import type { ModelRegistry } from '../routing/model-registry.js';
import type { RequestContext } from './context.js';
import { GatewayError } from './errors.js';

/** Maps the requested name to a configured model unless a routing stage already chose one. */
export function resolveModel(opts: { registry: () => ModelRegistry }) {
  return function resolveModelStage(ctx: RequestContext): void {
    if (ctx.model === undefined) {
      if (!opts.registry().has(ctx.requestedModel)) {
        // The name is echoed back (it is the client's own input) but the configured list is not.
        const shown = ctx.requestedModel.length > 64 ? `${ctx.requestedModel.slice(0, 64)}…` : ctx.requestedModel;
        throw new GatewayError('model_not_found', `The model \`${shown}\` does not exist.`, { param: 'model' });
      }
      ctx.model = ctx.requestedModel;
    }
    ctx.responseHeaders['x-switchyard-selected-model'] = ctx.model;
  };
}
