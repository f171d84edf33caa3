/*
 * Answers queries from the index the build writes (see docs/search.md): the manifest first, then only
 * the term shards of the query's words, then what the results shown display: for a one-word query
 * the word's file of first results, else the few section files of those results.
 * No DOM here, so node can run it in tests.
 */
(function (root) {
  "use strict";

  var baseText = typeof module === "object" && module.exports ? require("./search-text.js") : root.SiteGenSearchText;
  // The analysis of the index being searched: English until a manifest names its language.
  var text = baseText;

  // A whole-word match outranks a word still being typed, which outranks a corrected typo.
  var EXACT_WEIGHT = 1;
  var PREFIX_WEIGHT = 0.7;
  var TYPO_WEIGHT = 0.5;
  // A word being typed matches the terms it starts, and those its stem starts: a stem of only this many
  // letters ("recaída" is "rec") starts too many words to stand for the word.
  var MIN_PREFIX_LENGTH = 3;
  var MIN_TYPO_LENGTH = 5;
  // Twin of FirstPages.MaxSectionsPerPage in C#: the files of first results are ranked so.
  var MAX_SECTIONS_PER_PAGE = 3;
  var MAX_PREFIX_SHARDS = 8;
  // Twin of SnippetWindow.WordsBefore in C#: a snippet starts this many words before its first match.
  var SNIPPET_WORDS_BEFORE = 8;

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

  /*
   * The index at baseUrl. manifestData: the manifest when the page already has it (manifest.js sets
   * it); else manifest.json is fetched.
   */
  function createIndex(baseUrl, fetchJson, manifestData) {
    fetchJson = fetchJson || defaultFetchJson;
    if (baseUrl.slice(-1) !== "/") baseUrl += "/";
    var cache = {};
    var manifestPromise = manifestData ? Promise.resolve(prepare(manifestData)) : null;

    function load(path) {
      if (!cache[path]) {
        cache[path] = manifest().then(function (m) { return fetchJson(baseUrl + path + "?v=" + m.build); });
        cache[path].catch(function () { delete cache[path]; });
      }
      return cache[path];
    }

    function manifest() {
      if (!manifestPromise) {
        manifestPromise = fetchJson(baseUrl + "manifest.json").then(prepare);
        manifestPromise.catch(function () { manifestPromise = null; });
      }
      return manifestPromise;
    }

    function prepare(m) {
      m.shardSet = new Set(m.shards);
      m.typoSet = new Set(m.typos);
      m.firstPageSet = new Set(m.firstPages);
      m.maxShardKeyLength = m.shards.reduce(function (n, key) { return Math.max(n, key.length); }, 0);
      m.stopWordSet = new Set(m.stopWords);
      // An index of another language stems as it was built; the highlight stems with it too.
      var analysis = baseText.forLanguage(m.language === undefined ? "en" : m.language);
      if (analysis !== text) {
        text = analysis;
        stems.clear();
      }
      return m;
    }

    /* The shard holding a term: the longest shard key that is a prefix of it. */
    function shardOf(m, term) {
      return longestKey(m.shardSet, term);
    }

    function longestKey(keys, term) {
      for (var n = term.length; n > 0; n--) {
        if (keys.has(term.slice(0, n))) return term.slice(0, n);
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
      keys = unique(keys);
      return loadShards(keys).then(function (shards) {
        var matches = [];
        var exact = false;
        shards.forEach(function (shard) {
          Object.keys(shard).forEach(function (term) {
            if (term === qw.stem) {
              exact = true;
              matches.push({ term: term, postings: shard[term], weight: EXACT_WEIGHT });
            } else if (qw.prefix && qw.word.length >= MIN_PREFIX_LENGTH &&
              (term.indexOf(qw.word) === 0 || (qw.stem.length > MIN_PREFIX_LENGTH && term.indexOf(qw.stem) === 0))) {
              matches.push({ term: term, postings: shard[term], weight: PREFIX_WEIGHT });
            }
          });
        });
        if (exact || qw.word.length < MIN_TYPO_LENGTH) return matches;
        var corrected = oneEditStems(qw.word);
        addTypos(matches, shards, corrected);
        // Nothing in the word's own shard: the typo may be in the letters that chose it.
        if (matches.length > 0) return matches;
        return typoShards(m, qw.stem, keys).then(function (more) {
          addTypos(matches, more, corrected);
          return matches;
        });
      });
    }

    function addTypos(matches, shards, corrected) {
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          if (corrected.has(term) && !matches.some(function (x) { return x.term === term; })) {
            matches.push({ term: term, postings: shard[term], weight: TYPO_WEIGHT, typo: true });
          }
        });
      });
    }

    /*
     * The shards, other than those already read, that the typo table names for a word: it files each
     * term under itself and its forms less one of the letters that choose its shard (TypoRoutes.cs),
     * so the word and its own such forms meet them whichever of those letters is wrong.
     */
    function typoShards(m, stem, loaded) {
      var keys = [stem];
      for (var p = 0; p <= m.maxShardKeyLength && p < stem.length; p++) keys.push(stem.slice(0, p) + stem.slice(p + 1));
      var files = unique(keys.map(function (k) { return longestKey(m.typoSet, k); }));
      return Promise.all(files.map(function (f) { return load("typos/" + fileKey(f) + ".json"); })).then(function (tables) {
        var shardKeys = [];
        tables.forEach(function (table) {
          keys.forEach(function (k) {
            if (Object.prototype.hasOwnProperty.call(table, k)) shardKeys = shardKeys.concat(table[k]);
          });
        });
        return loadShards(unique(shardKeys).filter(function (k) { return loaded.indexOf(k) < 0; }));
      });
    }

    function unique(values) {
      return values.filter(function (v, i) { return v !== null && values.indexOf(v) === i; });
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
        // A finished word that the manifest names has a file of first results: fetched beside its
        // shard, not after it (the typed word, if it has one, is the term found, see firstPageOf).
        if (qws.length === 1 && !qws[0].prefix && m.firstPageSet.has(qws[0].stem)) load(firstPagePath(qws[0].stem)).catch(function () {});
        return Promise.all([Promise.all(qws.map(function (qw) { return matchWord(m, qw); })), topicPages])
          .then(function (found) {
            var result = rank(qws, found[0], found[1]);
            result.firstPage = firstPageOf(m, found[0]);
            // Fetched now, while the caller turns to the results.
            if (result.firstPage) load(result.firstPage).catch(function () {});
            return result;
          });
      });
    }

    /*
     * The file of first results of a query of one word that matched one term (FirstPages.cs): it holds
     * what the first results show, ranked as rank() ranks that term's postings (a match's weight scales
     * them all alike), so one file serves them all.
     */
    function firstPageOf(m, matchesPerWord) {
      if (matchesPerWord.length !== 1 || matchesPerWord[0].length !== 1) return null;
      var match = matchesPerWord[0][0];
      if (match.postings.length / 3 < m.firstPageMinResults) return null;
      return firstPagePath(match.term);
    }

    function firstPagePath(term) {
      return "first/" + fileKey(term) + ".json";
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

    /*
     * What a result shows: from the query's file of first results when it holds the section, else from
     * the section's file. Sections come in files of a run of ids; results of one page mostly share a
     * file, fetched once.
     */
    function section(id, found) {
      if (!found || !found.firstPage) return sectionFile(id);
      return load(found.firstPage).then(function (results) {
        for (var i = 0; i < results.length; i++) {
          if (results[i].id === id) return results[i];
        }
        return sectionFile(id);
      });
    }

    function sectionFile(id) {
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
    if (!found.initials) found.initials = new Set(found.terms.map(function (t) { return t[0]; }));
    return text.words(token).some(function (w) {
      // A stem keeps the word's first letter: most words of a snippet need no stemming to be ruled out.
      return (found.initials.has(w[0]) && found.terms.indexOf(stemOf(w)) >= 0) ||
        found.prefixes.some(function (p) { return p.length >= MIN_PREFIX_LENGTH && w.indexOf(p) === 0; });
    });
  }

  // Stems of the words highlighted so far: results repeat words, and stemming is most of the cost of
  // showing them. Emptied when large, so a long session does not keep every word it met.
  var stems = new Map();
  function stemOf(word) {
    var stem = stems.get(word);
    if (stem === undefined) {
      if (stems.size > 5000) stems.clear();
      stems.set(word, stem = text.stem(word));
    }
    return stem;
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
    var startWord = maxWords ? Math.max(0, firstWord - SNIPPET_WORDS_BEFORE) : 0;
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

  /*
   * A result's snippet as parts, as highlight() cuts them. A result from a file of first results
   * carries only the snippet's words (cut says whether words were left out before them, 1, after, 2).
   */
  function snippet(section, found, maxWords) {
    if (section.cut === undefined) return highlight(section.text, found, maxWords);
    var parts = highlight(section.text, found);
    if (section.cut & 1) parts.unshift({ text: "\u2026 ", match: false });
    if (section.cut & 2) parts.push({ text: " \u2026", match: false });
    return parts;
  }

  var api = { createIndex: createIndex, highlight: highlight, snippet: snippet, oneEditStems: oneEditStems, fileKey: fileKey };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.SiteGenSearch = api;
})(this);
