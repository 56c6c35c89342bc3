// Gongkai: the filter box of long tables, and long narratives folded on phones. The pages work without it (every
// narrative open); with it, typing narrows the rows shown.
// No network, no dependencies; works when the site is opened from disk.
(function () {
  'use strict';
  document.querySelectorAll('[data-filter-for]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-filter-for'));
    var input = box.querySelector('input');
    var status = box.querySelector('[role=status]');
    if (!table || !input) {
      return;
    }
    box.hidden = false;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    input.addEventListener('input', function () {
      var words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        row.hidden = !match;
        if (match) {
          shown++;
        }
      });
      if (status) {
        status.textContent = shown + ' / ' + rows.length;
      }
    });
  });
})();
// On a phone a long narrative of the form is folded under its heading, so that the page reads as a list of its parts;
// without script, or on a wider screen, every part stays open.
(function () {
  'use strict';
  if (!window.matchMedia || !window.matchMedia('(max-width: 40rem)').matches) {
    return;
  }
  document.querySelectorAll('details.fold').forEach(function (part) {
    if (part.textContent.length > 280) {
      part.open = false;
    }
  });
})();
