// Live reload for `sitegen serve`. The preview server adds this script to the pages it serves; built
// sites never contain it. It listens to the server's events: "reload" when a rebuild changed pages,
// "errors" after a failed one (shown over the page), "hello" on every (re)connection.
(function () {
  'use strict';

  var EVENTS = '/__sitegen/events';
  var OVERLAY_ID = 'sitegen-error-overlay';
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
    var source = new EventSource(EVENTS);
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
