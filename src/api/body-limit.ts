/**
 * Default body limit of the HTTP API: a 5 M-character document as JSON with room for escaping.
 * In a file of its own so the CLI can show it in `serve --help` without loading the server.
 */
export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;
