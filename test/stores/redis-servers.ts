import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Redis servers for tests: each test file starts its own on free loopback ports in a temp
 * folder and stops them when done, so tests never touch a developer's Redis and leave nothing
 * running. No persistence (`--save ''`, no AOF): a restarted server comes back empty.
 *
 * Tests that only read and write (the store contract, same answers, crash safety) use the
 * servers CI started instead when STORYTRACE_REDIS_URL (`redis://host:port`) and
 * STORYTRACE_REDIS_CLUSTER (`host:port,host:port,…`) name them (see .ci/run); they never stop
 * those, and put a per-process tag in their key prefixes (`runPrefix`) so reruns do not meet
 * earlier data. Tests that kill servers always start their own.
 */

/** Why Redis tests cannot run here, or undefined when redis-server and redis-cli are installed. */
export function redisUnavailable(): string | undefined {
  for (const tool of ['redis-server', 'redis-cli']) {
    const probe = spawnSync(tool, ['--version'], { encoding: 'utf8' });
    if (probe.error !== undefined || probe.status !== 0) return `${tool} is not installed (Debian: apt-get install redis-server)`;
  }
  return undefined;
}

/**
 * The skip option for `describe`/`it`: false when Redis can run; a reason string otherwise,
 * except under STORYTRACE_REQUIRE_REDIS=1 (CI), where a missing Redis must fail, not skip.
 */
export function redisSkip(): string | false {
  const reason = redisUnavailable();
  if (reason === undefined) return false;
  if (process.env['STORYTRACE_REQUIRE_REDIS'] === '1') throw new Error(`STORYTRACE_REQUIRE_REDIS=1 but ${reason}`);
  return reason;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A free loopback port whose cluster-bus twin (port + 10000) is free too. */
async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = 20000 + Math.floor(Math.random() * 25000);
    if ((await portIsFree(port)) && (await portIsFree(port + 10000))) return port;
  }
  throw new Error('no free loopback port pair found for redis-server');
}

function cli(port: number, ...args: string[]): string {
  return cliAt('127.0.0.1', port, ...args);
}

function cliAt(host: string, port: number, ...args: string[]): string {
  const run = spawnSync('redis-cli', ['-h', host, '-p', String(port), ...args], { encoding: 'utf8', timeout: 60000, maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`redis-cli -p ${port} ${args.join(' ')} failed: ${run.stderr}${run.stdout}`);
  return run.stdout;
}

/** One redis-server process. */
export class RedisServer {
  private process: ChildProcess | undefined;

  private constructor(readonly port: number, private readonly dir: string, private readonly extra: readonly string[]) {}

  /** Starts a server on a free port; `extra` are more redis-server arguments. */
  static async start(extra: readonly string[] = []): Promise<RedisServer> {
    const dir = mkdtempSync(join(tmpdir(), 'storytrace-redis-'));
    const server = new RedisServer(await freePort(), dir, extra);
    await server.launch();
    return server;
  }

  /** Starts the process again on the same port (after `kill`), empty. */
  async launch(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'no', '--logfile', join(this.dir, 'redis.log'), ...this.extra];
    this.process = spawn('redis-server', args, { stdio: 'ignore' });
    for (let waited = 0; waited < 10000; waited += 50) {
      const ping = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(this.port), 'ping'], { encoding: 'utf8' });
      if (ping.stdout.trim() === 'PONG') return;
      await sleep(50);
    }
    throw new Error(`redis-server on port ${this.port} did not answer PING within 10 s (log: ${join(this.dir, 'redis.log')})`);
  }

  /** Runs redis-cli against this server and returns its output. */
  cli(...args: string[]): string {
    return cli(this.port, ...args);
  }

  /** The `redis://` address of the server. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Runs many commands through one redis-cli (one per line of stdin) and returns one reply line each. */
  cliInput(commands: readonly (readonly string[])[]): string[] {
    const quote = (arg: string): string => `"${arg.replace(/["\\]/g, (c) => `\\${c}`)}"`;
    const input = commands.map((c) => c.map(quote).join(' ')).join('\n');
    const run = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(this.port)], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`redis-cli -p ${this.port} failed: ${run.stderr}`);
    return run.stdout.split('\n').slice(0, commands.length);
  }

  /** SIGKILLs the server and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Kills the server and removes its folder. */
  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A cluster of three masters, no replicas. */
export class RedisCluster {
  private constructor(readonly nodes: readonly RedisServer[]) {}

  /** Starts three cluster-enabled servers, joins them and waits for cluster_state:ok. */
  static async start(): Promise<RedisCluster> {
    const nodes: RedisServer[] = [];
    try {
      for (let i = 0; i < 3; i += 1) {
        // A short node timeout so a killed node turns the cluster to "fail" in about a second.
        nodes.push(await RedisServer.start(['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '1000']));
      }
      const cluster = new RedisCluster(nodes);
      cli(nodes[0]?.port ?? 0, '--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes');
      await cluster.waitFor('ok');
      return cluster;
    } catch (error) {
      for (const node of nodes) await node.stop();
      throw error;
    }
  }

  /** `host:port,host:port,…` of the nodes, as a redis+cluster:// spec takes them. */
  get addresses(): string {
    return this.nodes.map((n) => `127.0.0.1:${n.port}`).join(',');
  }

  /** Waits until every live node reports the given cluster_state. */
  async waitFor(state: 'ok' | 'fail', timeoutMs = 20000): Promise<void> {
    for (let waited = 0; waited < timeoutMs; waited += 100) {
      const states = this.live().map((n) => /cluster_state:(\w+)/.exec(n.cli('cluster', 'info'))?.[1]);
      if (states.every((s) => s === state)) return;
      await sleep(100);
    }
    throw new Error(`cluster did not reach cluster_state:${state} within ${timeoutMs} ms`);
  }

  private live(): RedisServer[] {
    return this.nodes.filter((n) => {
      try {
        return n.cli('ping').trim() === 'PONG';
      } catch {
        return false;
      }
    });
  }

  /** Stops every node and removes their folders. */
  async stop(): Promise<void> {
    for (const node of this.nodes) await node.stop();
  }
}

/** A server the tests talk to: its address, redis-cli against it, and how to let go of it. */
export interface TestServer {
  readonly url: string;
  cli(...args: string[]): string;
  stop(): Promise<void>;
}

/** A cluster the tests talk to: its nodes' addresses (as `redis+cluster://` takes them) and its nodes. */
export interface TestCluster {
  readonly addresses: string;
  readonly nodes: readonly { cli(...args: string[]): string }[];
  stop(): Promise<void>;
}

function parseNode(text: string, variable: string): { host: string; port: number } {
  const cut = text.lastIndexOf(':');
  const host = text.slice(0, cut);
  const port = Number(text.slice(cut + 1));
  if (cut < 1 || !Number.isInteger(port) || port < 1) throw new Error(`${variable}: "${text}" is not host:port`);
  return { host, port };
}

/** A server left running by whoever started it (CI); stopping it only lets go of it. */
class SharedServer implements TestServer {
  constructor(readonly host: string, readonly port: number) {}

  get url(): string {
    return `redis://${this.host}:${this.port}`;
  }

  cli(...args: string[]): string {
    return cliAt(this.host, this.port, ...args);
  }

  async stop(): Promise<void> {}
}

/** The standalone server STORYTRACE_REDIS_URL names, or a fresh one of the test file's own. */
export async function testServer(): Promise<TestServer> {
  const url = process.env['STORYTRACE_REDIS_URL'];
  if (url === undefined || url === '') return RedisServer.start();
  const node = parseNode(url.replace(/^redis:\/\//, '').replace(/\/.*$/, ''), 'STORYTRACE_REDIS_URL');
  const server = new SharedServer(node.host, node.port);
  if (server.cli('ping').trim() !== 'PONG') throw new Error(`STORYTRACE_REDIS_URL=${url} does not answer PING`);
  return server;
}

/** The cluster STORYTRACE_REDIS_CLUSTER names, or a fresh 3-master one of the test file's own. */
export async function testCluster(): Promise<TestCluster> {
  const list = process.env['STORYTRACE_REDIS_CLUSTER'];
  if (list === undefined || list === '') return RedisCluster.start();
  const nodes = list.split(',').map((n) => parseNode(n.trim(), 'STORYTRACE_REDIS_CLUSTER'));
  const servers = nodes.map((n) => new SharedServer(n.host, n.port));
  const state = /cluster_state:(\w+)/.exec(servers[0]?.cli('cluster', 'info') ?? '')?.[1];
  if (state !== 'ok') throw new Error(`STORYTRACE_REDIS_CLUSTER=${list}: cluster_state is ${state ?? 'unknown'}, not ok`);
  return { addresses: nodes.map((n) => `${n.host}:${n.port}`).join(','), nodes: servers, stop: async () => {} };
}

/**
 * A server and a cluster for the calling test file (CI's shared ones, or its own), stopped
 * after the file's tests; none when `skip` says Redis cannot run here.
 */
export async function testServersForFile(skip: string | false): Promise<{ standalone: TestServer | undefined; cluster: TestCluster | undefined }> {
  if (skip) return { standalone: undefined, cluster: undefined };
  const standalone = await testServer();
  const cluster = await testCluster();
  after(async () => {
    await standalone.stop();
    await cluster.stop();
  });
  return { standalone, cluster };
}

/** Whether the tests run on servers someone else started (CI's). */
export function usingSharedRedis(): boolean {
  return Boolean(process.env['STORYTRACE_REDIS_URL']) || Boolean(process.env['STORYTRACE_REDIS_CLUSTER']);
}

const RUN_TAG = `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;

/** A key prefix unique to this process: `<name>-<tag>`, so data of earlier runs on a shared server never meets this one. */
export function runPrefix(name: string): string {
  return `${name}-${RUN_TAG}`;
}
