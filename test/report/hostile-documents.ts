import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Markup a crawled page might carry; none of it may run in the report. */
export const PAYLOADS = [
  '<script>window.__pwned=1;alert("script")</script>',
  '<img src=x onerror="window.__pwned=1;alert(\'img\')">',
  '<a href="javascript:window.__pwned=1;alert(\'link\')">read more</a>',
] as const;

const STORY = [
  'The river ferry between Calder Point and Mossbank was halted on Friday after a crack was found in its loading ramp.',
  `Inspectors said the ramp had been patched twice since 2019 ${PAYLOADS[0]} and would now be replaced in full.`,
  `About 1,400 commuters use the crossing each weekday, according to the harbour trust ${PAYLOADS[1]}.`,
  'A replacement bus will run every 20 minutes from the old tram depot until the ferry returns.',
  `"We would rather lose a week than take a risk with people on board," said trust director Amara Quillon ${PAYLOADS[2]}.`,
  'The trust expects the new ramp to cost about 650,000 pounds and to arrive from a yard in Hollin by the end of the month.',
  'Local shopkeepers in Mossbank said the closure would hurt trade during the spring market.',
  'The last full closure of the crossing, in 2016, lasted eleven days.',
];

const OTHER = [
  'A storm tore the roof off the Wexley indoor market early on Tuesday, leaving 38 stalls open to the rain.',
  'No one was hurt, the fire service said, because the market had not yet opened.',
  `Stallholders gathered outside by 7 a.m. to carry stock to a church hall ${PAYLOADS[1]} across the square.`,
  `"It is a mess, but we will trade from the hall on Saturday," said Dorrit Vane, who has sold cheese there for 22 years ${PAYLOADS[0]}.`,
  'The council said engineers would inspect the steel frame before any repairs begin.',
  'The market was last renovated in 2008 at a cost of 2.1 million pounds.',
  `Council leader Ivo Brannock said a fund for the traders would open next week ${PAYLOADS[2]}.`,
];

/** Escapes text for an HTML page so the extracted text keeps the markup as literal characters. */
const asPageText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Writes a folder of hostile documents: a text file and its edited copy as an HTML page (markup
 * in title and body text), and a JSONL feed whose ids, titles and urls are markup, with an
 * edited copy of its own, so both pairs land in stories. Returns the folder.
 */
export function writeHostileDocuments(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-hostile-'));
  writeFileSync(join(dir, 'ferry.txt'), `${STORY.join(' ')}\n`);
  const edited = [...STORY];
  edited[0] = 'The river ferry between Calder Point and Mossbank was stopped on Friday after a crack was found in its loading ramp.';
  edited.push('Passengers with season tickets will be refunded for the days lost, the trust added.');
  const title = `Ferry halted ${PAYLOADS[0]} ${PAYLOADS[1]}`;
  writeFileSync(
    join(dir, 'ferry-copy.html'),
    `<!DOCTYPE html><html><head><title>${asPageText(title)}</title><meta name="description" content="${asPageText(PAYLOADS[1]).replace(/"/g, '&quot;')}"></head>` +
      `<body><article><h1>${asPageText(title)}</h1>${edited.map((s) => `<p>${asPageText(s)}</p>`).join('')}</article></body></html>\n`,
  );
  const copy = [...OTHER];
  copy[4] = 'The council said its engineers would inspect the steel frame before any repairs could begin.';
  const records = [
    { id: `<img src=x onerror="window.__pwned=1">market`, title: PAYLOADS[0], url: 'javascript:window.__pwned=1', source: `<b onmouseover="window.__pwned=1">Wexley Post</b>`, text: OTHER.join(' ') },
    { id: `"><svg onload=window.__pwned=1>market-copy`, title: `</title><script>window.__pwned=1</script>`, url: 'https://example.org/market', text: copy.join(' ') },
  ];
  writeFileSync(join(dir, 'feed.jsonl'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return dir;
}
