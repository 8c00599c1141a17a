// One endpoint under load: a short warm-up, then the measured autocannon run.
import autocannon from 'autocannon';
import type { Endpoint } from './endpoints.ts';

export interface LoadOptions {
  connections: number;
  durationS: number;
  warmupS: number;
}

/** What the measurement asks of the server process. */
export interface ServerProbe {
  serverCpuUs: () => Promise<number>;
  /** Starts a CPU profile; the returned function stops it and writes the file. */
  profile?: () => Promise<(path: string) => Promise<void>>;
  profilePath: string;
}

export interface Measurement {
  name: string;
  rps: number;
  p99Ms: number;
  p50Ms: number;
  requests: number;
  /** Server CPU time (user + system) per request, in microseconds: steadier than req/s on a busy machine. */
  serverCpuUs: number;
  /** Responses outside 2xx: the app misbehaved (results are not written). */
  non2xx: number;
  /** Socket errors and requests that took longer than the 10 s timeout. */
  errors: number;
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
export async function measureEndpoint(
  url: string,
  endpoint: Endpoint,
  options: LoadOptions,
  server: ServerProbe,
): Promise<Measurement> {
  if (options.warmupS > 0) await run(url, endpoint, options.connections, options.warmupS);
  const stopProfile = await server.profile?.();
  const cpuBefore = await server.serverCpuUs();
  const result = await run(url, endpoint, options.connections, options.durationS);
  const cpu = (await server.serverCpuUs()) - cpuBefore;
  await stopProfile?.(server.profilePath);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    name: endpoint.name,
    rps: result.requests.average,
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    requests: result.requests.total,
    serverCpuUs: result.requests.total > 0 ? cpu / result.requests.total : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes,
  };
}
