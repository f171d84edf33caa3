// Live reload for `sitegen serve`. The preview server adds this script to the pages it serves; built
// sites never contain it. It listens to the server's events: "reload" when a rebuild changed pages,
// "errors" after a failed one (shown over the page), "findings" with what the content checks found on
// this page (shown in a panel beside it), "hello" on every (re)connection.
(function () {
  'use strict';

  var EVENTS = '/__sitegen/events';
  var OVERLAY_ID = 'sitegen-error-overlay';
  var FINDINGS_ID = 'sitegen-findings';
  var RETRY_MS = 1000;
  var seen = null;
  // The site's pages (output paths) this page stands for, as the server wrote them on the script's tag: its own file,
  // or for a missing page the file it would be and the site's 404 page. Without them, every rebuild reloads the page.
  var script = document.currentScript;
  var pages = script && script.hasAttribute('data-pages') ? JSON.parse(script.getAttribute('data-pages')) : null;

  function concerns(changed) {
    if (changed === null || changed === undefined || pages === null) return true;
    return changed.some(function (page) { return pages.indexOf(page) >= 0; });
  }

  function connect() {
    // The page names the site's pages it stands for, so that the server sends it their findings.
    var query = pages === null ? '' : '?' + pages.map(function (page) { return 'page=' + encodeURIComponent(page); }).join('&');
    var source = new EventSource(EVENTS + query);
    var server = null;
    source.addEventListener('hello', function (event) {
      var state = JSON.parse(event.data);
      server = state.server;
      var version = state.server + '/' + state.version;
      // Another server (a restart), or a version of the site missed while the connection was down: the page may be stale.
      if (seen !== null && seen !== version) {
        location.reload();
        return;
      }
      seen = version;
    });
    source.addEventListener('reload', function (event) {
      var change = JSON.parse(event.data);
      seen = server + '/' + change.version;
      if (concerns(change.pages)) location.reload();
    });
    source.addEventListener('errors', function (event) {
      showErrors(JSON.parse(event.data));
    });
    source.addEventListener('findings', function (event) {
      showFindings(JSON.parse(event.data));
    });
    source.addEventListener('error', function () {
      // The browser retries by itself while it can; once it gives up (the server went away and
      // answered nothing, or refused), keep trying so a restarted server is found again.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        setTimeout(connect, RETRY_MS);
      }
    });
  }

  // Built from elements and text nodes only: messages quote the editor's text, which must never
  // become markup. Styles go through the style object, which a page's Content-Security-Policy allows,
  // and each element starts from `all: initial` so the site's own stylesheet cannot make it unreadable.
  function showErrors(errors) {
    removeOverlay();
    var overlay = element('div', {
      position: 'fixed', top: '0', right: '0', bottom: '0', left: '0', zIndex: '2147483647',
      overflow: 'auto', background: '#161616', color: '#f5f5f5',
      font: '16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif', padding: '1.5rem 1rem', boxSizing: 'border-box'
    });
    overlay.id = OVERLAY_ID;
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', OVERLAY_ID + '-title');

    var panel = element('div', { maxWidth: '60rem', margin: '0 auto' });
    var title = element('h2', { font: 'bold 1.4rem/1.3 system-ui, sans-serif', margin: '0 0 0.5rem', color: '#ffb4a9' });
    title.id = OVERLAY_ID + '-title';
    title.appendChild(text(errors.length === 1 ? 'The site could not be rebuilt: 1 error' : 'The site could not be rebuilt: ' + errors.length + ' errors'));
    var note = element('p', { margin: '0 0 1rem' });
    note.appendChild(text('The page shows the last version that built. Fix the file and save: this page reloads by itself.'));

    var list = element('ol', { margin: '0 0 1.5rem', padding: '0 0 0 1.75rem' });
    errors.forEach(function (error) {
      var item = element('li', { display: 'list-item', listStyle: 'decimal outside', margin: '0 0 0.75rem' });
      var where = element('code', { display: 'block', font: '0.95rem/1.4 ui-monospace, Menlo, Consolas, monospace', color: '#9fd4ff', overflowWrap: 'anywhere' });
      where.appendChild(text(error.file + ':' + error.line + ':' + error.column));
      var message = element('span', { display: 'inline', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' });
      message.appendChild(text(error.message));
      item.appendChild(where);
      item.appendChild(message);
      list.appendChild(item);
    });

    var dismiss = element('button', {
      display: 'inline-block', padding: '0.5rem 1.25rem', minHeight: '44px', cursor: 'pointer',
      background: '#f5f5f5', color: '#111', border: '0', borderRadius: '4px', outlineOffset: '3px'
    });
    dismiss.addEventListener('focus', function () { dismiss.style.outline = '3px solid #ffb4a9'; });
    dismiss.addEventListener('blur', function () { dismiss.style.outline = 'none'; });
    dismiss.type = 'button';
    dismiss.appendChild(text('Dismiss'));
    dismiss.addEventListener('click', removeOverlay);

    panel.appendChild(title);
    panel.appendChild(note);
    panel.appendChild(list);
    panel.appendChild(dismiss);
    overlay.appendChild(panel);
    document.body.appendChild(overlay);
    document.addEventListener('keydown', dismissOnEscape);
    dismiss.focus();
  }

  // A panel in a corner, not over the page: the editor reads the page and what to fix side by side. It opens by
  // itself on the page whose document was just saved, and stays as the editor left it on later updates.
  function showFindings(state) {
    var old = document.getElementById(FINDINGS_ID);
    // A save of this page's file opens it even where an earlier update (another file's save) left it closed.
    var open = state.edited || (old !== null && old.getAttribute('data-open') === 'true');
    if (old) old.remove();
    if (state.findings.length === 0) return;

    var errors = state.findings.filter(function (finding) { return finding.severity === 'error'; }).length;
    var panel = element('aside', {
      position: 'fixed', right: '0.75rem', bottom: '0.75rem', zIndex: '2147483646', width: 'min(32rem, calc(100vw - 1.5rem))',
      maxHeight: '60vh', overflow: 'auto', background: '#161616', color: '#f5f5f5', borderRadius: '6px',
      boxShadow: '0 2px 12px rgba(0, 0, 0, 0.4)', font: '15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif'
    });
    panel.id = FINDINGS_ID;
    panel.setAttribute('aria-label', 'Content check findings');
    panel.setAttribute('data-open', open ? 'true' : 'false');

    var toggle = element('button', {
      display: 'block', width: '100%', textAlign: 'left', padding: '0.6rem 0.9rem', minHeight: '44px', cursor: 'pointer',
      background: errors > 0 ? '#5c1a12' : '#3a3000', color: '#fff', border: '0', font: 'bold 15px/1.3 system-ui, sans-serif', outlineOffset: '-3px'
    });
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    toggle.setAttribute('aria-controls', FINDINGS_ID + '-list');
    toggle.addEventListener('focus', function () { toggle.style.outline = '3px solid #ffd27a'; });
    toggle.addEventListener('blur', function () { toggle.style.outline = 'none'; });
    var count = state.findings.length;
    toggle.appendChild(text('Content check: ' + (count === 1 ? '1 finding' : count + ' findings') + (errors > 0 ? ' (' + errors + (errors === 1 ? ' error)' : ' errors)') : '')));

    var list = element('ol', { margin: '0', padding: '0.6rem 0.9rem 0.6rem 2.2rem', display: open ? 'block' : 'none' });
    list.id = FINDINGS_ID + '-list';
    state.findings.forEach(function (finding) {
      var item = element('li', { display: 'list-item', listStyle: 'decimal outside', margin: '0 0 0.6rem' });
      var where = element('code', { display: 'block', font: '0.85rem/1.4 ui-monospace, Menlo, Consolas, monospace', color: '#9fd4ff', overflowWrap: 'anywhere' });
      where.appendChild(text(finding.file + ':' + finding.line + ':' + finding.column + ' ' + finding.severity + ' [' + finding.rule + ']'));
      var message = element('span', { display: 'block', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' });
      message.appendChild(text(finding.message));
      item.appendChild(where);
      item.appendChild(message);
      if (finding.suggestion) {
        var suggestion = element('span', { display: 'block', color: '#c8e6c9', overflowWrap: 'anywhere' });
        suggestion.appendChild(text('Instead: ' + finding.suggestion));
        item.appendChild(suggestion);
      }
      list.appendChild(item);
    });

    toggle.addEventListener('click', function () {
      var nowOpen = panel.getAttribute('data-open') !== 'true';
      panel.setAttribute('data-open', nowOpen ? 'true' : 'false');
      toggle.setAttribute('aria-expanded', nowOpen ? 'true' : 'false');
      list.style.display = nowOpen ? 'block' : 'none';
    });
    panel.appendChild(toggle);
    panel.appendChild(list);
    document.body.appendChild(panel);
  }

  function dismissOnEscape(event) {
    if (event.key === 'Escape') removeOverlay();
  }

  function removeOverlay() {
    var overlay = document.getElementById(OVERLAY_ID);
    if (overlay) overlay.remove();
    document.removeEventListener('keydown', dismissOnEscape);
  }

  function element(name, style) {
    var node = document.createElement(name);
    node.style.all = 'initial';
    node.style.display = 'block';
    node.style.boxSizing = 'border-box';
    node.style.font = 'inherit';
    node.style.color = 'inherit';
    Object.keys(style).forEach(function (key) {
      node.style[key] = style[key];
    });
    return node;
  }

  function text(value) {
    return document.createTextNode(String(value));
  }

  connect();
})();
