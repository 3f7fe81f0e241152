export { buildServer, DEFAULT_BODY_LIMIT, type ServerOptions } from './build-server.js';
