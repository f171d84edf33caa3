/*
 * The search page: runs queries as the reader types, keeps the query in the URL (links and the back
 * button work), and lists results built from text nodes only, so index text can never become markup.
 * Works under a Content-Security-Policy without 'unsafe-inline': no inline code, no eval, no style strings.
 */
(function () {
  "use strict";

  var form = document.querySelector("form.search-page-form");
  if (!form || !window.SiteGenSearch) return;

  var input = form.querySelector("input[name=q]");
  var topicSelect = form.querySelector("select[name=topic]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var PAGE_SIZE = 10;
  var TYPING_DELAY_MS = 120;
  // Twin of SnippetWindow.Words in C#, which cuts the snippets of the files of first results.
  var SNIPPET_WORDS = 30;

  var indexUrl = form.getAttribute("data-search-index") || new URL("../search-index/", window.location.href).href;
  // manifest.js, loaded before this script, sets the manifest; without it the engine fetches manifest.json.
  var index = window.SiteGenSearch.createIndex(indexUrl, null, window.SiteGenSearchManifest);
  var current = { hits: [], shown: 0, found: null };
  var runId = 0;
  var typingTimer = 0;

  form.hidden = false;

  function fillTopics(manifest) {
    if (!topicSelect) return;
    manifest.topics.forEach(function (topic) {
      var option = document.createElement("option");
      option.value = topic.slug;
      option.textContent = topic.name;
      topicSelect.appendChild(option);
    });
    topicSelect.value = readUrl().topic;
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    return { q: params.get("q") || "", topic: params.get("topic") || "" };
  }

  function urlFor(q, topic) {
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    if (topic) params.set("topic", topic);
    var query = params.toString();
    return window.location.pathname + (query ? "?" + query : "");
  }

  function selectedTopic() {
    return topicSelect ? topicSelect.value : "";
  }

  function say(message) {
    status.textContent = message;
  }

  /* The page's words, in its language, from the theme's i18n files: {name} is filled here. English when a theme gives none. */
  var WORDS = {
    unavailable: "Search is not available right now. Browse the topics instead.",
    noResults: "No results for {query}. Try other words, or browse the topics.",
    oneResult: "1 result for {query}.",
    results: "{count} results for {query}.",
    resultsShowing: "{count} results for {query}, showing {shown}.",
    faqBadge: "Question and answer"
  };
  Object.keys(WORDS).forEach(function (key) {
    var given = list.dataset[key];
    if (given) WORDS[key] = given;
  });

  function words(key, values) {
    return WORDS[key].replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values || {}, name) ? String(values[name]) : all;
    });
  }

  function clearResults() {
    while (list.firstChild) list.removeChild(list.firstChild);
    more.hidden = true;
  }

  function run(prefix) {
    var q = input.value;
    var topic = selectedTopic();
    var id = ++runId;
    if (q.trim() === "") {
      clearResults();
      say("");
      return Promise.resolve();
    }
    performance.mark("sitegen-search-start-" + id);
    return index.search(q, { prefix: prefix, topic: topic }).then(function (found) {
      if (id !== runId) return null;
      current = { hits: found.hits, shown: 0, found: found };
      clearResults();
      return showMore(id).then(function () {
        if (id !== runId) return;
        performance.measure("sitegen-search", "sitegen-search-start-" + id);
        if (current.shown > 0) performance.measure("sitegen-search-first", "sitegen-search-start-" + id, "sitegen-search-first-" + id);
        // Keep only the measures (read by the benchmark), not a pair of marks per keystroke.
        performance.clearMarks("sitegen-search-start-" + id);
        performance.clearMarks("sitegen-search-first-" + id);
        announce(q, found.hits.length);
      });
    }).catch(function () {
      if (id === runId) say(words("unavailable"));
    });
  }

  function announce(q, count) {
    var quoted = "\u201c" + q.trim() + "\u201d";
    if (count === 0) say(words("noResults", { query: quoted }));
    else if (count === 1) say(words("oneResult", { query: quoted }));
    else say(words(count > current.shown ? "resultsShowing" : "results", { count: count, query: quoted, shown: current.shown }));
  }

  /* Fetches the next page of results at once but shows each as soon as those above it are in. */
  function showMore(id) {
    var next = current.hits.slice(current.shown, current.shown + PAGE_SIZE);
    var found = current.found;
    var shown = Promise.resolve();
    next.forEach(function (hit) {
      var section = index.section(hit.section, found);
      shown = shown.then(function () { return section; }).then(function (data) {
        if (id !== runId) return;
        if (list.firstChild === null) performance.mark("sitegen-search-first-" + id);
        list.appendChild(resultItem(data, found));
        current.shown += 1;
      });
    });
    return shown.then(function () {
      if (id === runId) more.hidden = current.shown >= current.hits.length;
    });
  }

  function resultItem(section, found) {
    var item = document.createElement("li");
    item.className = "search-result";
    var link = document.createElement("a");
    link.className = "search-result-link";
    link.href = section.url;
    link.appendChild(highlighted("span", "search-result-title", section.title, found));
    if (section.heading && section.kind !== "page") {
      link.appendChild(highlighted("span", "search-result-heading", section.heading, found));
    }
    item.appendChild(link);
    if (section.kind === "faq") {
      var badge = document.createElement("span");
      badge.className = "search-result-kind";
      badge.textContent = words("faqBadge");
      item.appendChild(badge);
    }
    if (section.text) item.appendChild(snippetElement(section, found));
    return item;
  }

  function highlighted(tag, className, sourceText, found) {
    return marked(tag, className, window.SiteGenSearch.highlight(sourceText, found));
  }

  function snippetElement(section, found) {
    return marked("p", "search-result-snippet", window.SiteGenSearch.snippet(section, found, SNIPPET_WORDS));
  }

  /* An element holding the parts of a text, the query's words in <mark>: text nodes only, never markup. */
  function marked(tag, className, parts) {
    var element = document.createElement(tag);
    element.className = className;
    parts.forEach(function (part) {
      if (part.match) {
        var mark = document.createElement("mark");
        mark.textContent = part.text;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(part.text));
      }
    });
    return element;
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a.search-result-link"));
  }

  function clearSearch() {
    input.value = "";
    runId++;
    clearResults();
    say("");
    window.history.replaceState(null, "", urlFor("", selectedTopic()));
    input.focus();
  }

  // Typing keeps the URL up to date in one history entry of its own: the search shown before it (one
  // opened from a link, say) stays one step back, and each keystroke does not add a step.
  var typingEntry = false;

  function showInUrl(url) {
    if (url === window.location.pathname + window.location.search) return;
    if (typingEntry || !readUrl().q) {
      window.history.replaceState(null, "", url);
    } else {
      window.history.pushState(null, "", url);
    }
  }

  input.addEventListener("input", function () {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(function () {
      showInUrl(urlFor(input.value, selectedTopic()));
      typingEntry = true;
      run(true);
    }, TYPING_DELAY_MS);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    var url = urlFor(input.value, selectedTopic());
    if (typingEntry) {
      showInUrl(url);
    } else if (url !== window.location.pathname + window.location.search) {
      window.history.pushState(null, "", url);
    }
    typingEntry = false;
    run(false);
  });

  if (topicSelect) {
    topicSelect.addEventListener("change", function () {
      window.history.pushState(null, "", urlFor(input.value, selectedTopic()));
      typingEntry = false;
      run(false);
    });
  }

  more.addEventListener("click", function () {
    var firstNew = current.shown;
    showMore(runId).then(function () {
      var all = links();
      if (all[firstNew]) all[firstNew].focus();
      announce(input.value, current.hits.length);
    });
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      var first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      clearSearch();
    }
  });

  list.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at < all.length - 1) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (at > 0) all[at - 1].focus();
      else input.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      clearSearch();
    }
  });

  window.addEventListener("popstate", function () {
    typingEntry = false;
    var state = readUrl();
    input.value = state.q;
    if (topicSelect) topicSelect.value = state.topic;
    run(false);
  });

  // The topic list comes with the manifest; a query from the URL runs once it is there.
  index.manifest().then(function (manifest) {
    fillTopics(manifest);
    var initial = readUrl();
    if (initial.q) {
      input.value = initial.q;
      run(false);
    }
  }, function () {
    say(words("unavailable"));
  });
})();
