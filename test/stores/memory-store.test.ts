import { MemoryStore } from '../../src/stores/index.js';
import { runStoreContract } from './store-contract.js';

runStoreContract('memory', () => new MemoryStore());
