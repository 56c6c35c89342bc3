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
    // A group of rows for each level 1 and level 2.
    var groups = Array.prototype.slice.call(table.tBodies);
    var total = groups.reduce(function (sum, group) {
      return sum + group.rows.length - 1;
    }, 0);
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
      groups.forEach(function (group) {
        var match = (one === '' || group.getAttribute('data-level1') === one)
            && (two === '' || group.getAttribute('data-level2') === two);
        group.hidden = !match;
        if (match) {
          shown += group.rows.length - 1;
        }
      });
      status.textContent = shown + ' / ' + total;
    }
    level1.addEventListener('change', apply);
    level2.addEventListener('change', apply);
  });
})();
