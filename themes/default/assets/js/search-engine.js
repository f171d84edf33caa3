/*
 * Answers queries from the index the build writes (see docs/search.md): the manifest first, then only
 * the term shards of the query's words, then the few section files of the results shown.
 * No DOM here, so node can run it in tests.
 */
(function (root) {
  "use strict";

  var text = typeof module === "object" && module.exports ? require("./search-text.js") : root.SiteGenSearchText;

  // A whole-word match outranks a word still being typed, which outranks a corrected typo.
  var EXACT_WEIGHT = 1;
  var PREFIX_WEIGHT = 0.7;
  var TYPO_WEIGHT = 0.5;
  var MIN_PREFIX_LENGTH = 3;
  var MIN_TYPO_LENGTH = 5;
  var MAX_SECTIONS_PER_PAGE = 3;
  var MAX_PREFIX_SHARDS = 8;

  /* Twin of ShardKey.FileName in C#. */
  function fileKey(key) {
    var out = "";
    for (var i = 0; i < key.length; i++) {
      var c = key[i];
      out += /[a-z0-9]/.test(c) ? c : "_" + key.charCodeAt(i).toString(16);
    }
    return out;
  }

  var ALPHABET = "abcdefghijklmnopqrstuvwxyz";

  /*
   * The stems of every word one edit away from the typed one. Comparing stems with stems would miss
   * most typos: "resentmnt" does not stem like "resentment", but one of its neighbours does.
   */
  function oneEditStems(word) {
    var stems = new Set();
    function add(w) { if (w.length > 0) stems.add(text.stem(w)); }
    for (var i = 0; i <= word.length; i++) {
      var head = word.slice(0, i), tail = word.slice(i);
      if (tail.length > 0) add(head + tail.slice(1));
      if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2));
      for (var c = 0; c < ALPHABET.length; c++) {
        add(head + ALPHABET[c] + tail);
        if (tail.length > 0 && tail[0] !== ALPHABET[c]) add(head + ALPHABET[c] + tail.slice(1));
      }
    }
    return stems;
  }

  function defaultFetchJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error("search index: " + r.status + " for " + url);
      return r.json();
    });
  }

  function createIndex(baseUrl, fetchJson) {
    fetchJson = fetchJson || defaultFetchJson;
    if (baseUrl.slice(-1) !== "/") baseUrl += "/";
    var cache = {};
    var manifestPromise = null;

    function load(path) {
      if (!cache[path]) {
        cache[path] = manifest().then(function (m) { return fetchJson(baseUrl + path + "?v=" + m.build); });
        cache[path].catch(function () { delete cache[path]; });
      }
      return cache[path];
    }

    function manifest() {
      if (!manifestPromise) {
        manifestPromise = fetchJson(baseUrl + "manifest.json").then(function (m) {
          m.shardSet = new Set(m.shards);
          m.stopWordSet = new Set(m.stopWords);
          return m;
        });
        manifestPromise.catch(function () { manifestPromise = null; });
      }
      return manifestPromise;
    }

    /* The shard holding a term: the longest shard key that is a prefix of it. */
    function shardOf(m, term) {
      for (var n = term.length; n > 0; n--) {
        if (m.shardSet.has(term.slice(0, n))) return term.slice(0, n);
      }
      return null;
    }

    /* Every shard that may hold a term starting with the prefix. */
    function shardsForPrefix(m, prefix) {
      var keys = [];
      var own = shardOf(m, prefix);
      if (own) keys.push(own);
      for (var i = 0; i < m.shards.length && keys.length < MAX_PREFIX_SHARDS; i++) {
        var key = m.shards[i];
        if (key.length > prefix.length && key.indexOf(prefix) === 0) keys.push(key);
      }
      return keys;
    }

    function loadShards(keys) {
      return Promise.all(keys.map(function (key) { return load("terms/" + fileKey(key) + ".json"); }));
    }

    /* The index terms a query word stands for, each with how much a match on it counts. */
    function matchWord(m, qw) {
      var keys = [shardOf(m, qw.stem)];
      if (qw.prefix && qw.word.length >= MIN_PREFIX_LENGTH) keys = keys.concat(shardsForPrefix(m, qw.word));
      keys = keys.filter(function (k, i) { return k && keys.indexOf(k) === i; });
      return loadShards(keys).then(function (shards) {
        var matches = [];
        var exact = false;
        shards.forEach(function (shard) {
          Object.keys(shard).forEach(function (term) {
            if (term === qw.stem) {
              exact = true;
              matches.push({ term: term, postings: shard[term], weight: EXACT_WEIGHT });
            } else if (qw.prefix && qw.word.length >= MIN_PREFIX_LENGTH &&
              (term.indexOf(qw.word) === 0 || term.indexOf(qw.stem) === 0)) {
              matches.push({ term: term, postings: shard[term], weight: PREFIX_WEIGHT });
            }
          });
        });
        if (!exact && qw.word.length >= MIN_TYPO_LENGTH) {
          var corrected = oneEditStems(qw.word);
          shards.forEach(function (shard) {
            Object.keys(shard).forEach(function (term) {
              if (corrected.has(term) && !matches.some(function (x) { return x.term === term; })) {
                matches.push({ term: term, postings: shard[term], weight: TYPO_WEIGHT, typo: true });
              }
            });
          });
        }
        return matches;
      });
    }

    /* Best score per section for one query word, over all the terms it matched, and whether the word itself is there. */
    function scoreWord(matches) {
      var best = new Map();
      matches.forEach(function (match) {
        var p = match.postings;
        var exact = match.weight === EXACT_WEIGHT;
        for (var i = 0; i < p.length; i += 3) {
          var score = p[i + 1] * match.weight;
          var seen = best.get(p[i]);
          if (!seen) best.set(p[i], { score: score, page: p[i + 2], exact: exact });
          else {
            seen.score = Math.max(seen.score, score);
            seen.exact = seen.exact || exact;
          }
        }
      });
      return best;
    }

    function queryWords(m, query, prefix) {
      var words = text.words(query);
      var typing = prefix && words.length > 0 && !/\s$/.test(query);
      return words
        .map(function (w, i) { return { word: w, stem: text.stem(w), prefix: typing && i === words.length - 1 }; })
        // A stop word being typed may still grow into a real word ("the" into "therapy").
        .filter(function (qw) { return !m.stopWordSet.has(qw.word) || qw.prefix; });
    }

    /*
     * Ranked sections for a query. options.prefix: the last word is still being typed;
     * options.topic: a topic slug to keep only pages of that topic.
     */
    function search(query, options) {
      options = options || {};
      return manifest().then(function (m) {
        var qws = queryWords(m, query, options.prefix);
        if (qws.length === 0) return { hits: [], terms: [], prefixes: [] };
        var topicPages = options.topic ? load("topics/" + fileKey(options.topic) + ".json").catch(function () { return []; }) : null;
        return Promise.all([Promise.all(qws.map(function (qw) { return matchWord(m, qw); })), topicPages])
          .then(function (found) { return rank(qws, found[0], found[1]); });
      });
    }

    function rank(qws, matchesPerWord, topicPages) {
      var totals = new Map();
      matchesPerWord.forEach(function (matches) {
        scoreWord(matches).forEach(function (hit, section) {
          var total = totals.get(section);
          if (!total) totals.set(section, total = { section: section, page: hit.page, score: 0, words: 0, exact: 0 });
          total.score += hit.score;
          total.words += 1;
          if (hit.exact) total.exact += 1;
        });
      });
      var allowed = topicPages ? new Set(topicPages) : null;
      var perPage = new Map();
      // Sections holding every word of the query come first, then those holding the words as typed
      // (not only longer words or corrected typos), then by score.
      var hits = Array.from(totals.values())
        .filter(function (h) { return !allowed || allowed.has(h.page); })
        .sort(function (a, b) {
          return b.words - a.words || b.exact - a.exact || b.score - a.score || a.section - b.section;
        })
        .filter(function (h) {
          var n = (perPage.get(h.page) || 0) + 1;
          perPage.set(h.page, n);
          return n <= MAX_SECTIONS_PER_PAGE;
        });
      var terms = [];
      matchesPerWord.forEach(function (matches) {
        matches.forEach(function (x) { if (terms.indexOf(x.term) < 0) terms.push(x.term); });
      });
      var prefixes = qws.filter(function (q) { return q.prefix; }).map(function (q) { return q.word; });
      return { hits: hits, terms: terms, prefixes: prefixes };
    }

    /* Sections come in files of a run of ids; results of one page mostly share a file, fetched once. */
    function section(id) {
      return manifest().then(function (m) {
        var file = Math.floor(id / m.sectionsPerFile);
        return load("sections/" + Math.floor(file / m.filesPerFolder) + "/" + file + ".json").then(function (run) {
          return run[id - file * m.sectionsPerFile];
        });
      });
    }

    return { manifest: manifest, search: search, section: section };
  }

  function matchesQuery(token, found) {
    return text.words(token).some(function (w) {
      return found.terms.indexOf(text.stem(w)) >= 0 ||
        found.prefixes.some(function (p) { return p.length >= MIN_PREFIX_LENGTH && w.indexOf(p) === 0; });
    });
  }

  /*
   * Text cut into parts { text, match } around the words the query matched, for the caller to turn
   * into text nodes and <mark> elements. With maxWords, only a window of that many words around the
   * first match is kept (a snippet); without, the whole text (a title or heading).
   */
  function highlight(sectionText, found, maxWords) {
    var tokens = sectionText.split(/(\s+)/);
    var isMatch = tokens.map(function (token) { return matchesQuery(token, found); });
    var wordIndexes = [];
    tokens.forEach(function (t, i) { if (!/^\s*$/.test(t)) wordIndexes.push(i); });
    var first = isMatch.indexOf(true);
    var firstWord = first < 0 ? 0 : wordIndexes.indexOf(first);
    var startWord = maxWords ? Math.max(0, firstWord - 8) : 0;
    var endWord = maxWords ? Math.min(wordIndexes.length, startWord + maxWords) : wordIndexes.length;
    var parts = [];
    if (startWord > 0) parts.push({ text: "\u2026 ", match: false });
    for (var w = startWord; w < endWord; w++) {
      var i = wordIndexes[w];
      parts.push({ text: tokens[i], match: isMatch[i] });
      if (w < endWord - 1) parts.push({ text: " ", match: false });
    }
    if (endWord < wordIndexes.length) parts.push({ text: " \u2026", match: false });
    return parts;
  }

  var api = { createIndex: createIndex, highlight: highlight, oneEditStems: oneEditStems, fileKey: fileKey };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.SiteGenSearch = api;
})(this);
