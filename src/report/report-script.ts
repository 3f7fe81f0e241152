/**
 * The report's only script: "expand all / collapse all" and a filter that hides stories whose
 * documents do not contain the typed text. It reads document ids from the embedded JSON (a data
 * block, never executed) and writes only `textContent`/`classList`, so no document text is ever
 * parsed as HTML. It marks the page with `data-ready` so a test can tell it ran.
 */
export const REPORT_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('storytrace-data').textContent || '{}');
  var stories = data.stories || [];
  function setAll(open) {
    document.querySelectorAll('details.pair').forEach(function (d) { d.open = open; });
  }
  var expand = document.getElementById('expand-all');
  var collapse = document.getElementById('collapse-all');
  if (expand) expand.addEventListener('click', function () { setAll(true); });
  if (collapse) collapse.addEventListener('click', function () { setAll(false); });
  var filter = document.getElementById('filter');
  if (filter) filter.addEventListener('input', function () {
    var q = filter.value.trim().toLowerCase();
    stories.forEach(function (s, i) {
      var hit = !q || s.id.toLowerCase().indexOf(q) >= 0 || s.members.some(function (m) { return m.document.toLowerCase().indexOf(q) >= 0; });
      var section = document.getElementById('story-' + i);
      var row = document.querySelectorAll('tr.overview-row')[i];
      if (section) section.classList.toggle('hidden', !hit);
      if (row) row.classList.toggle('hidden', !hit);
    });
  });
  document.documentElement.setAttribute('data-ready', '1');
})();
`;
