import type { FastifyInstance } from 'fastify';
import { explainPair } from '../pipeline/explain-pair.js';
import { loadStorySentences } from '../pipeline/story-sentences.js';
import { summarizeStore } from '../pipeline.js';
import { renderHtmlReport } from '../report/index.js';
import type { Store } from '../stores/store.js';
import type { StoreLock } from './store-lock.js';
import { errorSchema, idParamsSchema, pairParamsSchema } from './schemas.js';

const anyObject = (description: string) => ({ description, type: 'object', additionalProperties: true }) as const;

const notFound = { statusCode: 404, error: 'Not Found' };

/** The reads: stories, one story, a pair's evidence, and the HTML report. */
export function registerReadRoutes(app: FastifyInstance, store: Store, lock: StoreLock): void {
  app.get('/stories', {
    schema: { summary: 'the analysis of the whole store: documents, stories, warnings (as `storytrace stories --json`)', response: { 200: anyObject('AnalysisResult') } },
  }, async () => lock.read(() => summarizeStore(store)));

  app.get<{ Params: { id: string } }>('/stories/:id', {
    schema: { summary: 'one story: origin with reasons, members with relation, source and evidence', params: idParamsSchema, response: { 200: anyObject('Story'), 404: errorSchema } },
  }, async (request, reply) => {
    const story = (await lock.read(() => store.listStories())).find((s) => s.id === request.params.id);
    return story ?? reply.code(404).send({ ...notFound, message: 'no such story' });
  });

  app.get<{ Params: { a: string; b: string } }>('/pairs/:a/:b', {
    schema: {
      summary: 'verify two stored documents against each other and return the evidence (as `storytrace explain --json`)',
      description: 'Document ids that contain "/" are sent percent-encoded (%2F).',
      params: pairParamsSchema,
      response: { 200: anyObject('PairResult with sourceDocument and targetDocument sentences'), 404: errorSchema },
    },
  }, async (request, reply) => {
    const { a, b } = request.params;
    const found = await lock.read(async () => {
      const docs = await store.getDocuments([a, b]);
      const missing = [a, b].filter((id) => !docs.has(id));
      return missing.length > 0 ? { missing } : { explained: await explainPair(store, a, b) };
    });
    if ('missing' in found) return reply.code(404).send({ ...notFound, message: `not in the store: ${found.missing.map((id) => JSON.stringify(id)).join(', ')}` });
    const x = found.explained;
    const sentences = (d: typeof x.display.source): { id: string; sentences: string[] } => ({ id: d.id, sentences: d.sentences.map((s) => s.text) });
    return { ...x.pair, sourceDocument: sentences(x.display.source), targetDocument: sentences(x.display.target) };
  });

  app.get('/report', {
    schema: { summary: 'the HTML report of the store (self-contained; served with a Content-Security-Policy)', produces: ['text/html'] },
  }, async (_request, reply) => {
    const html = await lock.read(async () => {
      const analysis = await summarizeStore(store);
      return renderHtmlReport({ analysis, sentences: await loadStorySentences(store, analysis.stories) });
    });
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
