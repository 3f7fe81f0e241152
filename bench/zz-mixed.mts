// usage: mixed.mts REPO DB ROUNDS — ROUNDS × (put 200 new documents (copy 7 of stored keys), then band lookups of 50 stored docs); CPU per put doc and per lookup (refreshes included)
const [repo, db, rArg] = process.argv.slice(2);
const { SqliteStore } = await import(`${repo}/src/stores/index.ts`);
const { forEachLine } = await import(`${repo}/bench/read-lines.ts`);
const { resample } = await import(`${repo}/bench/resample-keys.ts`);
const { copyKeys, copyId } = await import(`${repo}/bench/copy-keys.ts`);
const { groupKeys } = await import(`${repo}/src/candidates/index.ts`);
const rounds = Number(rArg);
const lines: { id: string; keys: string[] }[] = []; let seen = 0;
forEachLine('/tmp/retr/keys100k.tsv', (line) => { if (seen++ % 5 === 0 && lines.length < rounds * 250) { const tab = line.indexOf('\t'); lines.push({ id: line.slice(0, tab), keys: resample(JSON.parse(line.slice(tab + 1))) }); } });
const store = new SqliteStore(db);
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
for (const l of lines.slice(0, 50)) await store.lookupKeys(groupKeys(l.keys).bands, 500); // warm
let putCpu = 0, lookCpu = 0, looks = 0, puts = 0;
for (let r = 0; r < rounds; r++) {
  const batch = lines.slice(r * 250, r * 250 + 200).map((l) => ({ id: copyId(l.id, 7), contentHash: 'x', format: 'jsonl', language: 'en', text: '', cleanText: '', boilerplate: [], warnings: [], signature: new Uint32Array(0), keys: copyKeys(l.keys, 7) }));
  let c = cpu(); await store.putDocuments(batch); putCpu += cpu() - c; puts += batch.length;
  c = cpu(); for (const l of lines.slice(r * 250 + 200, r * 250 + 250)) { await store.lookupKeys(groupKeys(l.keys).bands, 500); looks++; } lookCpu += cpu() - c;
}
console.log(JSON.stringify({ repo, putCpuMsPerDoc: +(putCpu / 1000 / puts).toFixed(3), bandLookupCpuUs: Math.round(lookCpu / looks) }));
await store.close();
