import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { readInputs, type RawDocument } from '../../src/ingest/index.js';
import type { DocumentInput } from '../../src/api/document-input.js';

/** The example documents as read by the ingest stage (what `index examples/` stores). */
export async function exampleDocuments(): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for await (const item of readInputs([new URL('../../examples', import.meta.url).pathname])) if (item.kind === 'document') docs.push(item.document);
  return docs;
}

/** A read document as an API client would POST it. */
export function asInput(d: RawDocument): DocumentInput {
  const input: DocumentInput = { id: d.id, text: d.text };
  if (d.title !== undefined) input.title = d.title;
  if (d.url !== undefined) input.url = d.url;
  if (d.date !== undefined) input.date = d.date;
  if (d.site !== undefined) input.site = d.site;
  if (d.declaredLanguage !== undefined) input.language = d.declaredLanguage;
  return input;
}

/** Listens on a free loopback port and returns the base url. */
export async function listenLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** POSTs JSON and returns status, headers and parsed body. */
export async function postJson(url: string, body: unknown): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** GETs and returns status, headers and parsed JSON body. */
export async function getJson(url: string): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: await response.json() };
}
