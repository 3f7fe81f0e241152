export type { Store, StoredDocument } from './store.js';
export { MemoryStore } from './memory-store.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { createStore, DEFAULT_STORE_SPEC, sqlitePathOf, type OpenOptions } from './create-store.js';
export { signatureToBytes, bytesToSignature } from './signature-bytes.js';
export { compareIds } from './compare-ids.js';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './sqlite-schema.js';
export type { RedisStore } from './redis-store.js';
export { parseRedisSpec, isRedisSpec, DEFAULT_PREFIX, type RedisSpec } from './redis-spec.js';
