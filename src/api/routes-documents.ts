import type { FastifyInstance, FastifyReply } from 'fastify';
import type { IngestItem, IngestOptions } from '../ingest/index.js';
import { indexDocuments, removeDocuments } from '../pipeline.js';
import { trackStoryChanges } from '../pipeline/track-changes.js';
import type { Store } from '../stores/store.js';
import { documentFromInput, type DocumentInput } from './document-input.js';
import { documentQuerySchema, documentsBodySchema, errorSchema, idParamsSchema } from './schemas.js';
import type { StoreLock } from './store-lock.js';

type DocumentQuery = Omit<DocumentInput, 'id' | 'text' | 'html'> & { id?: string };

const changedSchema = {
  description: 'what the write did and how the stories changed (created, updated, removed)',
  type: 'object',
  additionalProperties: true,
} as const;

/** `POST /documents` and `DELETE /documents/:id`: the writes, one at a time. */
export function registerDocumentRoutes(app: FastifyInstance, store: Store, lock: StoreLock, ingest: IngestOptions): void {
  app.post<{ Body: DocumentInput | DocumentInput[] | string; Querystring: DocumentQuery }>(
    '/documents',
    {
      schema: {
        summary: 'index one document or a batch, and report how the stories changed',
        description: 'JSON: a document {id, text|html, title?, url?, date?, site?, language?} or an array of them. ' +
          'text/plain or text/html: the body is the document, with its id (and optional metadata) in the query.',
        querystring: documentQuerySchema,
        body: {
          content: {
            'application/json': { schema: documentsBodySchema },
            'text/plain': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
          },
        },
        response: { 200: changedSchema, 400: errorSchema, 413: errorSchema, 422: changedSchema },
      },
    },
    async (request, reply) => {
      const items = itemsOf(request.body, request.query, request.headers['content-type'] ?? '', ingest);
      if ('error' in items) return badRequest(reply, items.error);
      const { result, changes } = await lock.write(() => trackStoryChanges(store, () => indexDocuments(items, store, ingest)));
      const body = { added: result.added, unchanged: result.unchanged, warnings: result.warnings, changes };
      // Nothing readable (every document empty) is the client's problem, said with the reasons.
      return reply.code(result.added.length + result.unchanged.length === 0 ? 422 : 200).send(body);
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/documents/:id',
    { schema: { summary: 'remove a document and its pairs, and report how the stories changed', params: idParamsSchema, response: { 200: changedSchema, 404: errorSchema } } },
    async (request, reply) => {
      const { result, changes } = await lock.write(() => trackStoryChanges(store, () => removeDocuments([request.params.id], store)));
      if (result.removed.length === 0) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no such document' });
      return { removed: result.removed, changes };
    },
  );
}

function itemsOf(body: DocumentInput | DocumentInput[] | string, query: DocumentQuery, contentType: string, ingest: IngestOptions): IngestItem[] | { error: string } {
  if (typeof body === 'string') {
    if (query.id === undefined) return { error: 'querystring/id is required with a text/plain or text/html body' };
    const input: DocumentInput = { ...query, id: query.id };
    if (contentType.startsWith('text/html')) input.html = body;
    else input.text = body;
    return [documentFromInput(input, ingest)];
  }
  const docs = Array.isArray(body) ? body : [body];
  const ids = docs.map((d) => d.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) return { error: `repeated id in the batch: ${[...new Set(repeated)].slice(0, 5).map((id) => JSON.stringify(id)).join(', ')}` };
  return docs.map((d) => documentFromInput(d, ingest));
}

function badRequest(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message });
}
