/** Longest document id the API takes (ids end up in URLs, logs and reports). */
export const MAX_ID_LENGTH = 1000;
/** Most documents one POST may carry. */
export const MAX_BATCH = 1000;

const shortText = { type: 'string', maxLength: 2000 } as const;

/** One document as the API takes it: `text` or `html`, and optional metadata. */
export const documentSchema = {
  $id: 'document',
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH, description: 'document id, unique in the store' },
    text: { type: 'string', description: 'plain text of the document' },
    html: { type: 'string', description: 'an HTML page; its main text and metadata are extracted' },
    title: shortText,
    url: shortText,
    date: { type: 'string', maxLength: 100, description: 'publication date (ISO 8601 or a common date format)' },
    site: shortText,
    language: { type: 'string', maxLength: 35, description: 'declared language (BCP 47), checked by detection' },
  },
  oneOf: [{ required: ['text'] }, { required: ['html'] }],
} as const;

/** Body of `POST /documents` as JSON: one document or a batch. */
export const documentsBodySchema = {
  oneOf: [
    { $ref: 'document#' },
    { type: 'array', minItems: 1, maxItems: MAX_BATCH, items: { $ref: 'document#' } },
  ],
} as const;

/** Query of `POST /documents` with a text/plain or text/html body. */
export const documentQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH, description: 'document id (required for text/plain and text/html bodies)' },
    title: shortText,
    url: shortText,
    date: { type: 'string', maxLength: 100 },
    site: shortText,
    language: { type: 'string', maxLength: 35 },
  },
} as const;

const idParam = { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH } as const;

/** `:id` of a story or document. */
export const idParamsSchema = { type: 'object', required: ['id'], properties: { id: idParam } } as const;

/** `:a/:b` of a pair. */
export const pairParamsSchema = { type: 'object', required: ['a', 'b'], properties: { a: idParam, b: idParam } } as const;

/** Error answer (validation, not found, too large). */
export const errorSchema = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;
