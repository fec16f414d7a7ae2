import { z } from 'zod';
import { endpointUrl, normalizeUrls } from './targets.js';

// Only the fields discovery reads. Objects come from the API client's list (class instances)
// and from raw watch JSON; both are validated here, the parsed-JSON boundary.
const conditionsSchema = z
  .object({
    ready: z.boolean().nullish(),
    serving: z.boolean().nullish(),
    terminating: z.boolean().nullish(),
  })
  .nullish();

const endpointSchema = z.object({
  addresses: z.array(z.string()).min(1),
  conditions: conditionsSchema,
});

const portSchema = z.object({
  name: z.string().nullish(),
  port: z.number().int().nullish(),
  protocol: z.string().nullish(),
});

export const endpointSliceSchema = z.object({
  metadata: z.object({ name: z.string().min(1), resourceVersion: z.string().nullish() }),
  addressType: z.string(),
  endpoints: z.array(endpointSchema).nullish(),
  ports: z.array(portSchema).nullish(),
});

export type EndpointSlice = z.infer<typeof endpointSliceSchema>;
export type SliceEndpoint = z.infer<typeof endpointSchema>;

export function parseEndpointSlice(value: unknown): EndpointSlice {
  return endpointSliceSchema.parse(value);
}

/**
 * Routable per the EndpointSlice API: `ready` nil means unknown and "should be interpreted as
 * ready"; a terminating endpoint is never routable even if it still reports ready (it may
 * be serving its last requests, which is exactly why we stop sending new ones).
 */
export function isRoutable(ep: SliceEndpoint): boolean {
  const c = ep.conditions;
  return (c?.ready ?? true) === true && c?.terminating !== true;
}

/** Port numbers in this slice for the named port: Services and slices match ports by name. */
export function slicePort(slice: EndpointSlice, portName: string): number | undefined {
  const p = slice.ports?.find((x) => (x.name ?? '') === portName && (x.protocol ?? 'TCP') === 'TCP');
  return p?.port ?? undefined;
}

export interface SliceSummary {
  urls: string[];
  /** Slices that list endpoints but no port with the configured name: the classic mismatch. */
  portMismatch: { slice: string; ports: string[] }[];
  notReady: number;
  terminating: number;
}

/** Addresses to route to across all slices of one Service. */
export function summarizeSlices(slices: Iterable<EndpointSlice>, portName: string, scheme: string): SliceSummary {
  const urls: string[] = [];
  const portMismatch: SliceSummary['portMismatch'] = [];
  let notReady = 0;
  let terminating = 0;
  for (const slice of slices) {
    const port = slicePort(slice, portName);
    const eps = slice.endpoints ?? [];
    if (port === undefined) {
      if (eps.length > 0) portMismatch.push({ slice: slice.metadata.name, ports: (slice.ports ?? []).map((p) => p.name ?? '') });
      continue;
    }
    for (const ep of eps) {
      if (ep.conditions?.terminating === true) terminating++;
      else if (!isRoutable(ep)) notReady++;
      // The API says addresses are fungible and consumers may use only the first.
      else urls.push(endpointUrl(scheme, ep.addresses[0]!, port));
    }
  }
  return { urls: normalizeUrls(urls), portMismatch, notReady, terminating };
}

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export function serviceSelector(service: string): string {
  return `${SERVICE_NAME_LABEL}=${service}`;
}
