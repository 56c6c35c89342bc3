// Gongkai preview: reloads the page when the site is regenerated, and shows content errors over it.
// Served only by `mvn disclosure:serve`; never part of the published site.
(function () {
  var seen = null;
  function show(errors) {
    var box = document.getElementById('gongkai-preview-errors');
    if (!errors.length) {
      if (box) { box.remove(); }
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.id = 'gongkai-preview-errors';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:99999;'
        + 'background:#fff3f0;color:#5c0000;border-top:4px solid #b00020;padding:0.75rem 1rem;'
        + 'font:14px/1.5 monospace;white-space:pre-wrap';
      document.body.appendChild(box);
    }
    box.textContent = 'The content has errors; the site below is the last good one.\n'
      + '内容有错误；下方为上一次成功生成的网站。\n\n' + errors.join('\n');
  }
  function poll() {
    fetch('/__gongkai/status', {cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (s) {
      if (seen !== null && s.version !== seen) {
        location.reload();
        return;
      }
      seen = s.version;
      show(s.errors);
    }).catch(function () { /* the server is restarting or stopped */ }).then(function () {
      setTimeout(poll, 700);
    });
  }
  poll();
})();
