import swagger from '@fastify/swagger';
import { STATUS_CODES } from 'node:http';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { IngestOptions } from '../ingest/index.js';
import type { Store } from '../stores/store.js';
import { registerDocumentRoutes } from './routes-documents.js';
import { registerReadRoutes } from './routes-read.js';
import { documentSchema } from './schemas.js';
import { addSecurityHeaders } from './security-headers.js';
import { DEFAULT_BODY_LIMIT } from './body-limit.js';
import { StoreLock } from './store-lock.js';

/** Options of {@link buildServer}. */
export interface ServerOptions {
  /** Largest request body in bytes; larger ones get 413. Default 10 MiB. */
  bodyLimit?: number;
  /** Ingest limits for posted documents (`maxChars`). */
  ingest?: IngestOptions;
  /** Fastify's logger (pino) on or off. Default off. */
  logger?: boolean;
}

export { DEFAULT_BODY_LIMIT };

/** Fields of a posted document (or batch) that the document schema does not have, sorted. */
function unknownDocumentFields(body: unknown): string[] {
  const known = new Set(Object.keys(documentSchema.properties));
  const unknown = new Set<string>();
  for (const item of Array.isArray(body) ? body : [body]) {
    if (typeof item !== 'object' || item === null) continue;
    for (const key of Object.keys(item)) if (!known.has(key)) unknown.add(key);
  }
  return [...unknown].sort();
}

/**
 * The HTTP API over a store: `POST /documents`, `DELETE /documents/:id`, `GET /stories`,
 * `GET /stories/:id`, `GET /pairs/:a/:b`, `GET /report` and `GET /openapi.json` (generated
 * from the route schemas). Requests are validated strictly (unknown fields, wrong types and
 * missing ids are 400s with the reason); writes run one at a time. The caller listens.
 * @param store the store to serve; the caller closes it
 */
export async function buildServer(store: Store, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Fastify's defaults coerce types and silently drop unknown fields; a client should hear
    // that `txt` is not `text` instead of getting an empty document.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'storytrace', description: 'Find every version of a news story; the living index over HTTP.', version: '0.1.0' },
    },
  });
  app.addSchema(documentSchema);
  app.addContentTypeParser('text/html', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  addSecurityHeaders(app);
  app.setErrorHandler<FastifyError>((error, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    // A misspelt field fails the schema's oneOf, whose messages never name it: name it first.
    const unknown = error.validationContext === 'body' ? unknownDocumentFields(request.body) : [];
    const named = unknown.length > 0 ? `unknown field(s) ${unknown.join(', ')} (a document has ${Object.keys(documentSchema.properties).join(', ')}); ` : '';
    const message = status === 500 ? 'internal error' : `${named}${error.message}`;
    if (status === 500) app.log.error(error);
    void reply.code(status).send({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message });
  });
  app.setNotFoundHandler((_request, reply) => void reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no such route' }));

  const lock = new StoreLock();
  registerDocumentRoutes(app, store, lock, options.ingest ?? {});
  registerReadRoutes(app, store, lock);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
