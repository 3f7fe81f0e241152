// usage: first.mts REPO DB QCACHE — a fresh connection's first band lookup, timed (and profiled with --cpu-prof)
const [repo, db, qc] = process.argv.slice(2);
const { SqliteStore } = await import(`${repo}/src/stores/index.ts`);
const { readFileSync } = await import('node:fs');
const q = JSON.parse(readFileSync(qc, 'utf8')) as { stored: string[][] };
const store = new SqliteStore(db);
const c0 = process.cpuUsage(); const t0 = performance.now();
await store.lookupKeys(q.stored[0], 500);
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ repo, firstLookupMs: Math.round(performance.now() - t0), cpuMs: Math.round((c.user + c.system) / 1000), arrayBuffersMB: Math.round(process.memoryUsage().arrayBuffers / 1e6), rssMB: Math.round(process.memoryUsage().rss / 1e6) }));
await store.close();
