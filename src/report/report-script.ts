/**
 * The report's only script: "expand all / collapse all", opening the side-by-side view a link
 * ("compare", a graph label) or the address points to (a long report starts with them closed),
 * and a filter that hides stories none of whose documents has the typed text in its id, title
 * or language code (ids of scraped pages say little; a headline word does). It reads them from the embedded JSON (a data
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
  function openTarget(hash) {
    var target = hash ? document.getElementById(hash.slice(1)) : null;
    if (target && target.tagName === 'DETAILS') target.open = true;
  }
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) openTarget(link.getAttribute('href'));
  });
  window.addEventListener('hashchange', function () { openTarget(location.hash); });
  openTarget(location.hash);
  var filter = document.getElementById('filter');
  var searchable = {};
  (data.documents || []).forEach(function (d) {
    searchable[d.id] = [d.id, d.title || '', d.language || ''].join(' ').toLowerCase();
  });
  var rows = document.querySelectorAll('tr.overview-row');
  if (filter) filter.addEventListener('input', function () {
    var q = filter.value.trim().toLowerCase();
    stories.forEach(function (s, i) {
      var hit = !q || s.id.toLowerCase().indexOf(q) >= 0 || s.members.some(function (m) {
        return (searchable[m.document] || m.document.toLowerCase()).indexOf(q) >= 0;
      });
      var section = document.getElementById('story-' + i);
      var row = rows[i];
      if (section) section.classList.toggle('hidden', !hit);
      if (row) row.classList.toggle('hidden', !hit);
    });
  });
  document.documentElement.setAttribute('data-ready', '1');
})();
`;
