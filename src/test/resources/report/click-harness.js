// Test harness for EvidencePanelTest: clicks charts and table cells of report.html in headless Chromium the way a
// mouse does (mouse events at the element's screen position), then writes what the evidence panel shows into
// <pre id="clicks"> as JSON for the test to read from the dumped DOM. CLICKS is set by the test.
window.addEventListener('load', function () {
  var out = [];
  function fire(el, type, x, y) {
    el.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window, clientX: x, clientY: y,
      button: 0, buttons: type === 'mousedown' ? 1 : 0}));
  }
  function clickAt(x, y) {
    var el = document.elementFromPoint(x, y);
    if (!el) { return 'nothing at ' + x + ',' + y; }
    ['mousemove', 'mousedown', 'mouseup', 'click'].forEach(function (t) { fire(el, t, x, y); });
    return null;
  }
  function bar(div, index) {
    var gd = document.getElementById(div);
    gd.scrollIntoView();
    var paths = gd.querySelectorAll('.trace.bars .point path');
    var r = paths[index].getBoundingClientRect();
    return clickAt(r.left + r.width / 2, r.top + r.height / 2);
  }
  function cell(div, col, row) {
    var gd = document.getElementById(div);
    gd.scrollIntoView();
    var xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis, b = gd.getBoundingClientRect();
    return clickAt(b.left + xa._offset + xa.c2p(col), b.top + ya._offset + ya.c2p(row));
  }
  function tableCell(selector, row, col) {
    var td = document.querySelectorAll(selector + ' tr')[row].children[col];
    td.scrollIntoView();
    var r = td.getBoundingClientRect();
    return clickAt(r.left + r.width / 2, r.top + r.height / 2);
  }
  var steps = CLICKS.map(function (c) {
    return function () {
      var panel = document.getElementById('evidence');
      panel.hidden = true;
      panel.textContent = '';
      var error = c.kind === 'bar' ? bar(c.div, c.index) : c.kind === 'cell' ? cell(c.div, c.col, c.row)
          : tableCell(c.table, c.row, c.col);
      setTimeout(function () {
        out.push({click: c, error: error, hidden: panel.hidden, section: panel.dataset.section || '',
          item: panel.dataset.item || '', group: panel.dataset.group || '',
          groups: Array.prototype.map.call(panel.querySelectorAll('h4'), function (h) { return h.textContent; }),
          marks: Array.prototype.map.call(panel.querySelectorAll('mark'), function (m) { return m.textContent; }),
          first: (panel.querySelector('li .sentence') || {}).textContent || ''});
      }, 200);
    };
  });
  var i = 0;
  function next() {
    if (i < steps.length) {
      steps[i++]();
      setTimeout(next, 400);
    } else {
      var pre = document.createElement('pre');
      pre.id = 'clicks';
      pre.textContent = JSON.stringify(out);
      document.body.appendChild(pre);
    }
  }
  setTimeout(next, 300);
});
