/** The report's stylesheet (inline, so the file needs no network). Light, high-contrast, print-friendly. */
export const REPORT_CSS = `
:root { --fg:#1b1f24; --muted:#57606a; --line:#d0d7de; --bg:#ffffff; --soft:#f6f8fa;
  --add:#dafbe1; --add-fg:#116329; --del:#ffebe9; --del-fg:#a40e26; --accent:#0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); }
header.top { position: sticky; top: 0; z-index: 2; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap;
  padding: .6rem 1.5rem; background: #24292f; color: #fff; }
header.top h1 { font-size: 1.15rem; margin: 0; }
header.top .tools { margin-left: auto; display: flex; gap: .5rem; }
header.top button, header.top input { font: inherit; font-size: .85rem; padding: .2rem .6rem; border-radius: 6px; border: 1px solid #57606a; }
header.top button { background: #32383f; color: #fff; cursor: pointer; }
main { padding: 1rem 1.5rem 3rem; max-width: 1500px; margin: 0 auto; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h2 small { font-weight: normal; color: var(--muted); font-size: .9rem; }
h3 { font-size: 1.05rem; margin: .2rem 0; }
h4 { font-size: .95rem; margin: 1rem 0 .3rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; font-size: .85rem; }
.doc-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
.doc-title { color: var(--muted); font-size: .9em; }
.doc-meta, .doc-url { color: var(--muted); font-size: .8em; font-weight: normal; overflow-wrap: anywhere; }
.unsafe-url { text-decoration: line-through; }
.totals { color: var(--muted); }
.overview td:first-child { white-space: nowrap; }
.none { color: var(--muted); font-style: italic; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem; font-weight: 600; color: #fff; background: #57606a; white-space: nowrap; }
.rel-origin { --c:#1a7f37; } .rel-copy { --c:#24292f; } .rel-excerpt { --c:#0969da; } .rel-edited-copy { --c:#0a7b83; }
.rel-translation { --c:#8250df; } .rel-retranslation { --c:#bc4c00; } .rel-rewrite { --c:#cf222e; } .rel-derivative { --c:#7d4e00; } .rel-outside { --c:#8c959f; }
.badge[class*="rel-"] { background: var(--c, #57606a); }
.origin { border-left: 4px solid #1a7f37; background: #f0fff4; padding: .5rem 1rem; margin: .5rem 0 1rem; }
.origin-title { margin: .1rem 0 .4rem; font-size: 1.05rem; font-style: italic; }
.origin .reasons, .pair .reasons { margin: .3rem 0; padding-left: 1.2rem; }
meter { width: 8rem; vertical-align: middle; }
.graph-box { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; padding: .5rem; margin-bottom: 1rem; background: #fbfcfd; }
.story-graph { display: block; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.graph-node rect { fill: #fff; stroke: var(--c, #57606a); stroke-width: 2; }
.graph-node.rel-origin rect { fill: #dafbe1; stroke-width: 3; }
.graph-node .node-id { fill: var(--fg); }
.graph-node .node-meta { fill: var(--c, #57606a); font-size: 11px; }
.graph-edge path { fill: none; stroke: var(--c, #57606a); stroke-width: 2; }
.graph-edge rect { fill: #fff; stroke: var(--c, #57606a); }
.graph-edge text { fill: var(--c, #57606a); font-weight: 600; }
.arrow-head { fill: #57606a; }
.members { margin-bottom: 1rem; font-size: .9rem; }
details.pair { border: 1px solid var(--line); border-radius: 8px; margin: 1rem 0; padding: 0 .8rem; }
details.pair > summary { cursor: pointer; padding: .5rem .8rem; margin: 0 -.8rem; background: var(--soft); border-radius: 8px 8px 0 0; }
details.pair:not([open]) > summary { border-radius: 8px; }
section.story, details.pair { scroll-margin-top: 3.5rem; }
.from, .score, .pair-counts { color: var(--muted); font-size: .85rem; }
.side-by-side { table-layout: fixed; font-size: .9rem; }
.side-by-side td.side, .side-by-side th.side { width: calc(50% - 2.2rem); overflow-wrap: anywhere; }
.side-by-side .mark { width: 4.4rem; text-align: center; color: var(--muted); font-weight: 700; }
.side-by-side .mark small { display: block; font-weight: normal; font-size: .75rem; }
.role { text-transform: uppercase; font-size: .7rem; letter-spacing: .05em; color: var(--muted); }
tr.row-added td.side:not(.empty) { background: var(--add); color: var(--add-fg); }
tr.row-dropped td.side:not(.empty) { background: var(--del); color: var(--del-fg); }
tr.row-added .mark { color: var(--add-fg); } tr.row-dropped .mark { color: var(--del-fg); }
tr.match-paraphrase td.side, tr.match-weak td.side { background: #fff8c5; }
.cross-language tr.row-bead td.side { background: none; }
details.run > summary { cursor: pointer; font-style: italic; }
details.run p { margin: .4rem 0; }
ins { background: #abf2bc; text-decoration: none; border-radius: 2px; }
del { background: #ffcecb; text-decoration: line-through; border-radius: 2px; }
.facts { font-size: .88rem; }
.facts th { width: 5.5rem; background: none; font-size: .88rem; }
.facts td.fact-type { width: 6.5rem; color: var(--muted); white-space: nowrap; }
.chip { display: inline-block; margin: .1rem 0; padding: 0 .4rem; border-radius: 4px; background: var(--soft); border: 1px solid var(--line); }
.chip.quote { display: block; width: fit-content; font-style: italic; }
.chip .arrow { color: #9a6700; font-weight: 700; }
tr.fact-altered .chip { background: #fff8c5; } tr.fact-added .chip { background: var(--add); } tr.fact-dropped .chip { background: var(--del); }
tr.fact-altered th { color: #9a6700; } tr.fact-added th { color: var(--add-fg); } tr.fact-dropped th { color: var(--del-fg); }
tr.fact-kept th, tr.fact-kept .chip { color: var(--muted); }
.facts-summary { margin: 0 0 .3rem; color: var(--muted); font-size: .85rem; }
.evidence { padding-bottom: .8rem; }
ul.artefacts li, ul.boilerplate li, ul.attributions li { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; overflow-wrap: anywhere; }
details.legend { margin: 1rem 0; padding: .4rem .8rem; border: 1px solid var(--line); border-radius: 8px; background: var(--soft); font-size: .9rem; }
details.legend > summary { cursor: pointer; font-weight: 600; }
.legend-relations, .legend-marks { list-style: none; padding-left: .5rem; margin: .3rem 0; }
.legend-relations li, .legend-marks li { margin: .15rem 0; }
.legend-added { background: var(--add); color: var(--add-fg); padding: 0 .2rem; }
.legend-dropped { background: var(--del); color: var(--del-fg); padding: 0 .2rem; }
.hidden { display: none; }
@media print { header.top { position: static; } details.pair { break-inside: avoid-page; } }
`;
