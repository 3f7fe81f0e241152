import type { FastifyInstance } from 'fastify';
import { reportPolicy } from '../report/index.js';
import { REPORT_CSS } from '../report/report-style.js';
import { REPORT_SCRIPT } from '../report/report-script.js';

/** The report's policy: only its own style and script (by hash), no network. */
export const REPORT_CSP = reportPolicy(REPORT_CSS, REPORT_SCRIPT);

/** Anything that is not the report: no script, no style, no framing. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Headers that keep document content inert wherever a response ends up: browsers must not
 * sniff a JSON answer into HTML, the report runs only its own script (the CSP header repeats
 * its meta tag, so it holds even if the page were cut before the meta tag), nothing may frame
 * the API, and no referrer leaks a document's url.
 */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-resource-policy', 'same-origin');
    const isReport = request.routeOptions.url === '/report' && reply.statusCode === 200;
    reply.header('content-security-policy', isReport ? REPORT_CSP : API_CSP);
    return payload;
  });
}
