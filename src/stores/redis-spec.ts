import { PREFIX_PATTERN } from './redis-keys.js';

/** A parsed `redis://` or `redis+cluster://` store spec. */
export interface RedisSpec {
  cluster: boolean;
  tls: boolean;
  nodes: { host: string; port: number }[];
  /** Database number (standalone only; a Cluster has only database 0). */
  db: number;
  prefix: string;
  /** Posting buckets asked for (`?buckets=`); a new index takes it, an existing one must match. */
  buckets?: number;
  username?: string;
  password?: string;
}

/** The default key prefix. */
export const DEFAULT_PREFIX = 'st';

/** Whether a spec names a Redis store (so the driver is worth loading). */
export function isRedisSpec(spec: string): boolean {
  return /^(rediss?|redis\+cluster|rediss\+cluster):\/\//i.test(spec.trim());
}

function parsePort(text: string, spec: string): number {
  const port = Number(text === '' ? '6379' : text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Store spec "${spec}": "${text}" is not a port number`);
  return port;
}

/** Largest `buckets` value: 2³⁰ buckets of ≈ 100 keys each hold ≈ 10⁹ documents' distinct index keys. */
export const MAX_BUCKETS = 2 ** 30;

function parseParams(query: string, spec: string): { prefix: string; buckets?: number } {
  const params = new URLSearchParams(query);
  for (const name of params.keys()) {
    if (name !== 'prefix' && name !== 'buckets') throw new Error(`Store spec "${spec}": unknown parameter "${name}" (known: prefix, buckets)`);
  }
  const prefix = params.get('prefix') ?? DEFAULT_PREFIX;
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`Store spec "${spec}": prefix "${prefix}" must be 1-64 letters, digits, "_", "." or "-"`);
  const text = params.get('buckets');
  if (text === null) return { prefix };
  const buckets = Number(text);
  if (!Number.isInteger(buckets) || buckets < 1 || buckets > MAX_BUCKETS || (buckets & (buckets - 1)) !== 0) {
    throw new Error(`Store spec "${spec}": buckets "${text}" must be a power of two from 1 to ${MAX_BUCKETS}`);
  }
  return { prefix, buckets };
}

/**
 * Parses `redis://[user:pass@]host[:port][/db][?prefix=name][&buckets=N]` (also `rediss://`
 * for TLS) and `redis+cluster://host:port[,host:port…][?prefix=name][&buckets=N]`.
 * @throws an Error naming the spec and what is wrong with it
 */
export function parseRedisSpec(spec: string): RedisSpec {
  const trimmed = spec.trim();
  const scheme = /^([a-z+]+):\/\//i.exec(trimmed)?.[1]?.toLowerCase() ?? '';
  const cluster = scheme.endsWith('+cluster');
  const tls = scheme.startsWith('rediss');
  const rest = trimmed.slice(scheme.length + 3);
  const [beforeQuery = '', query = ''] = rest.split('?', 2);
  const params = parseParams(query, spec);
  if (cluster) {
    if (beforeQuery.includes('@') || beforeQuery.includes('/')) {
      throw new Error(`Store spec "${spec}": a cluster spec is redis+cluster://host:port[,host:port…][?prefix=name]`);
    }
    const nodes = beforeQuery.split(',').filter((n) => n !== '').map((node) => {
      const cut = node.lastIndexOf(':');
      return cut < 0 ? { host: node, port: 6379 } : { host: node.slice(0, cut), port: parsePort(node.slice(cut + 1), spec) };
    });
    if (nodes.length === 0) throw new Error(`Store spec "${spec}" names no cluster node`);
    return { cluster, tls, nodes, db: 0, ...params };
  }
  const port = /:([^:/\]]*)(?:\/|$)/.exec(beforeQuery.replace(/^[^@]*@/, ''))?.[1];
  if (port !== undefined) parsePort(port, spec);
  let url: URL;
  try {
    url = new URL(`redis://${beforeQuery}`);
  } catch {
    throw new Error(`Store spec "${spec}" is not a valid redis://host:port[/db] address`);
  }
  if (url.hostname === '') throw new Error(`Store spec "${spec}" names no host`);
  const path = url.pathname.replace(/^\//, '');
  const db = path === '' ? 0 : Number(path);
  if (!Number.isInteger(db) || db < 0) throw new Error(`Store spec "${spec}": "${path}" is not a database number`);
  const parsed: RedisSpec = { cluster, tls, nodes: [{ host: url.hostname.replace(/^\[|\]$/g, ''), port: parsePort(url.port, spec) }], db, ...params };
  if (url.username !== '') parsed.username = decodeURIComponent(url.username);
  if (url.password !== '') parsed.password = decodeURIComponent(url.password);
  return parsed;
}

/** `host:port[,host:port…]` of a spec, for messages (never the password). */
export function describeNodes(spec: RedisSpec): string {
  return spec.nodes.map((n) => `${n.host}:${n.port}`).join(',');
}
