import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** Where the queue's Redis is: one server or the seed nodes of a Cluster. */
export interface RedisAddress {
  cluster: boolean;
  tls: boolean;
  nodes: { host: string; port: number }[];
  db: number;
  username?: string;
  password?: string;
  /** The `?prefix=` of a store spec (default `st`): the Redis store's namespace. */
  prefix: string;
}

const DEFAULT_PREFIX = 'st';

/** Whether a spec names Redis (`redis://`, `rediss://`, `redis+cluster://`, `rediss+cluster://`). */
export function isRedisUrl(spec: string): boolean {
  return /^(rediss?|rediss?\+cluster):\/\//i.test(spec.trim());
}

function port(text: string, spec: string): number {
  const n = Number(text === '' ? '6379' : text);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`Redis address "${spec}": "${text}" is not a port number`);
  return n;
}

/**
 * Parses `redis://[user:pass@]host[:port][/db][?prefix=name]` (and `rediss://`) or
 * `redis+cluster://host:port[,host:port…][?prefix=name]`.
 * @throws an Error naming the address and what is wrong with it
 */
export function parseRedisAddress(spec: string): RedisAddress {
  const trimmed = spec.trim();
  const scheme = /^([a-z+]+):\/\//i.exec(trimmed)?.[1]?.toLowerCase() ?? '';
  if (!isRedisUrl(trimmed)) throw new Error(`"${spec}" is not a Redis address; expected redis://HOST:PORT[/DB] or redis+cluster://HOST:PORT[,HOST:PORT…]`);
  const cluster = scheme.endsWith('+cluster');
  const tls = scheme.startsWith('rediss');
  const [beforeQuery = '', query = ''] = trimmed.slice(scheme.length + 3).split('?', 2);
  const prefix = new URLSearchParams(query).get('prefix') ?? DEFAULT_PREFIX;
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(prefix)) throw new Error(`Redis address "${spec}": prefix "${prefix}" must be 1-64 letters, digits, "_", "." or "-"`);
  if (cluster) {
    const nodes = beforeQuery
      .split(',')
      .filter((n) => n !== '')
      .map((node) => {
        const cut = node.lastIndexOf(':');
        return cut < 0 ? { host: node, port: 6379 } : { host: node.slice(0, cut), port: port(node.slice(cut + 1), spec) };
      });
    if (nodes.length === 0) throw new Error(`Redis address "${spec}" names no cluster node`);
    return { cluster, tls, nodes, db: 0, prefix };
  }
  let url: URL;
  try {
    url = new URL(`redis://${beforeQuery}`);
  } catch {
    throw new Error(`Redis address "${spec}" is not a valid redis://HOST:PORT[/DB]`);
  }
  if (url.hostname === '') throw new Error(`Redis address "${spec}" names no host`);
  const path = url.pathname.replace(/^\//, '');
  const db = path === '' ? 0 : Number(path);
  if (!Number.isInteger(db) || db < 0) throw new Error(`Redis address "${spec}": "${path}" is not a database number`);
  const address: RedisAddress = { cluster, tls, nodes: [{ host: url.hostname.replace(/^\[|\]$/g, ''), port: port(url.port, spec) }], db, prefix };
  if (url.username !== '') address.username = decodeURIComponent(url.username);
  if (url.password !== '') address.password = decodeURIComponent(url.password);
  return address;
}

/** `host:port[,host:port…]`, for messages (never the password). */
export function describeAddress(address: RedisAddress): string {
  return address.nodes.map((n) => `${n.host}:${n.port}`).join(',');
}

/**
 * The name that keeps one index's queue apart from another's on a shared Redis: the Redis
 * store's prefix, or a digest of the SQLite file's absolute path. Every process that names
 * the same store (on one machine for SQLite) gets the same name.
 * @throws when the store cannot be shared between processes (`memory`)
 */
export function queueNamespace(storeSpec: string): string {
  const spec = storeSpec.trim();
  if (isRedisUrl(spec)) return parseRedisAddress(spec).prefix;
  if (spec === 'memory') throw new Error('--queue needs a store that the workers can reach too: sqlite:PATH or redis://HOST:PORT, not "memory"');
  const path = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  return `sqlite-${createHash('sha256').update(resolve(path)).digest('hex').slice(0, 12)}`;
}
