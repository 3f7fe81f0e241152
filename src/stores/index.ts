export type { Store, StoredDocument } from './store.js';
export { MemoryStore } from './memory-store.js';
export { SqliteStore } from './sqlite-store.js';
export { createStore, DEFAULT_STORE_SPEC } from './create-store.js';
export { SCHEMA_VERSION } from './sqlite-schema.js';
