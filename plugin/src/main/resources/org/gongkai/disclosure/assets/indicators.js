// Gongkai: the filter of the page of all indicators, by level 1 and level 2. The page works without it; with it,
// choosing a level shows only its rows. No network, no dependencies; works when the site is opened from disk.
(function () {
  'use strict';
  document.querySelectorAll('[data-level-filter-for]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-level-filter-for'));
    var selects = box.querySelectorAll('select');
    var status = box.querySelector('[role=status]');
    if (!table || selects.length !== 2) {
      return;
    }
    var level1 = selects[0];
    var level2 = selects[1];
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var options = Array.prototype.slice.call(level2.options, 1);
    box.hidden = false;
    function apply() {
      var one = level1.value;
      options.forEach(function (option) {
        // A level 2 of another level 1 cannot be chosen with it.
        option.disabled = one !== '' && option.getAttribute('data-parent') !== one;
        option.hidden = option.disabled;
      });
      if (level2.selectedIndex > 0 && level2.options[level2.selectedIndex].disabled) {
        level2.value = '';
      }
      var two = level2.value;
      var shown = 0;
      rows.forEach(function (row) {
        var match = (one === '' || row.getAttribute('data-level1') === one)
            && (two === '' || row.getAttribute('data-level2') === two);
        row.hidden = !match;
        if (match) {
          shown++;
        }
      });
      status.textContent = shown + ' / ' + rows.length;
    }
    level1.addEventListener('change', apply);
    level2.addEventListener('change', apply);
  });
})();
