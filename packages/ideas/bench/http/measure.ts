// One endpoint under load: a short warm-up, then the measured autocannon run.
import autocannon from 'autocannon';
import type { Endpoint } from './endpoints.ts';

export interface LoadOptions {
  connections: number;
  durationS: number;
  warmupS: number;
}

export interface Measurement {
  name: string;
  rps: number;
  p99Ms: number;
  p50Ms: number;
  requests: number;
  /** Responses outside 2xx plus socket errors and timeouts: should be 0. */
  failures: number;
  statusCodes: Record<string, number>;
}

function run(url: string, endpoint: Endpoint, connections: number, duration: number) {
  return autocannon({
    url,
    connections,
    duration,
    pipelining: 1,
    timeout: 10,
    requests: [{ setupRequest: (base) => endpoint.request(base) }],
  });
}

/** Loads `endpoint` at `url` and returns requests/s and latency percentiles of the measured part. */
export async function measureEndpoint(url: string, endpoint: Endpoint, options: LoadOptions): Promise<Measurement> {
  if (options.warmupS > 0) await run(url, endpoint, options.connections, options.warmupS);
  const result = await run(url, endpoint, options.connections, options.durationS);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    name: endpoint.name,
    rps: result.requests.average,
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    statusCodes,
  };
}
