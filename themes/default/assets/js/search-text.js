/*
 * Words of a query as the search index knows them: the tokenizer, the Porter2 (Snowball English)
 * stemmer, and Snowball's Spanish stemmer on accent-folded words. Twin of SearchTokenizer.cs and EnglishStemmer.cs: a query finds only what both agree on,
 * so change them together (a test runs both over the same word list).
 */
(function (root) {
  "use strict";

  var WHOLE_WORD_EXCEPTIONS = {
    skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl", gently: "gentl",
    ugly: "ugli", early: "earli", only: "onli", singly: "singl", sky: "sky", news: "news",
    howe: "howe", atlas: "atlas", cosmos: "cosmos", bias: "bias", andes: "andes"
  };
  var INVARIANT_AFTER_STEP_1A = {
    inning: true, outing: true, canning: true, herring: true, earring: true,
    proceed: true, exceed: true, succeed: true
  };
  var R1_PREFIXES = ["gener", "commun", "arsen"];
  var STEP2_RULES = [
    ["ization", "ize"], ["ational", "ate"], ["fulness", "ful"], ["ousness", "ous"], ["iveness", "ive"],
    ["tional", "tion"], ["biliti", "ble"], ["lessli", "less"],
    ["entli", "ent"], ["ation", "ate"], ["alism", "al"], ["aliti", "al"], ["ousli", "ous"],
    ["iviti", "ive"], ["fulli", "ful"],
    ["enci", "ence"], ["anci", "ance"], ["abli", "able"], ["izer", "ize"], ["ator", "ate"], ["alli", "al"],
    ["bli", "ble"], ["ogi", "og"], ["li", ""]
  ];
  var STEP3_RULES = [
    ["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"],
    ["ative", ""], ["ical", "ic"], ["ness", ""], ["ful", ""]
  ];
  var STEP4_SUFFIXES = [
    "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
    "ion", "al", "er", "ic"
  ];

  function isVowel(c) {
    return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y";
  }

  function endsWith(s, suffix) {
    return s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix;
  }

  function markConsonantY(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s[i];
      out += c === "y" && (i === 0 || isVowel(out[i - 1])) ? "Y" : c;
    }
    return out;
  }

  function regionStart(s, from) {
    for (var i = from + 1; i < s.length; i++) {
      if (!isVowel(s[i]) && isVowel(s[i - 1])) return i + 1;
    }
    return s.length;
  }

  function r1Start(s) {
    for (var i = 0; i < R1_PREFIXES.length; i++) {
      if (s.indexOf(R1_PREFIXES[i]) === 0) return R1_PREFIXES[i].length;
    }
    return regionStart(s, 0);
  }

  function endsInShortSyllable(s, length) {
    if (length === 2) return isVowel(s[0]) && !isVowel(s[1]);
    if (length < 3) return false;
    var last = s[length - 1];
    return !isVowel(s[length - 3]) && isVowel(s[length - 2]) && !isVowel(last) &&
      last !== "w" && last !== "x" && last !== "Y";
  }

  function containsVowel(s, end) {
    for (var i = 0; i < end; i++) {
      if (isVowel(s[i])) return true;
    }
    return false;
  }

  function step0(s) {
    var suffixes = ["'s'", "'s", "'"];
    for (var i = 0; i < suffixes.length; i++) {
      if (endsWith(s, suffixes[i])) return s.slice(0, s.length - suffixes[i].length);
    }
    return s;
  }

  function step1a(s) {
    if (endsWith(s, "sses")) return s.slice(0, -2);
    if (endsWith(s, "ied") || endsWith(s, "ies")) return s.length > 4 ? s.slice(0, -2) : s.slice(0, -1);
    if (endsWith(s, "us") || endsWith(s, "ss")) return s;
    if (endsWith(s, "s") && containsVowel(s, s.length - 2)) return s.slice(0, -1);
    return s;
  }

  function endsInDouble(s) {
    var n = s.length;
    return n >= 2 && s[n - 1] === s[n - 2] && "bdfgmnprt".indexOf(s[n - 1]) >= 0;
  }

  function step1b(s, r1) {
    var eed = ["eedly", "eed"];
    for (var i = 0; i < eed.length; i++) {
      if (!endsWith(s, eed[i])) continue;
      return s.length - eed[i].length >= r1 ? s.slice(0, s.length - eed[i].length) + "ee" : s;
    }
    var ed = ["ingly", "edly", "ing", "ed"];
    for (var j = 0; j < ed.length; j++) {
      if (!endsWith(s, ed[j])) continue;
      var stem = s.slice(0, s.length - ed[j].length);
      if (!containsVowel(stem, stem.length)) return s;
      if (endsWith(stem, "at") || endsWith(stem, "bl") || endsWith(stem, "iz")) return stem + "e";
      if (endsInDouble(stem)) return stem.slice(0, -1);
      return r1 >= stem.length && endsInShortSyllable(stem, stem.length) ? stem + "e" : stem;
    }
    return s;
  }

  function step1c(s) {
    var n = s.length;
    if (n > 2 && (s[n - 1] === "y" || s[n - 1] === "Y") && !isVowel(s[n - 2])) return s.slice(0, -1) + "i";
    return s;
  }

  function step2(s, r1) {
    for (var i = 0; i < STEP2_RULES.length; i++) {
      var suffix = STEP2_RULES[i][0];
      if (!endsWith(s, suffix)) continue;
      var start = s.length - suffix.length;
      if (start < r1) return s;
      if (suffix === "ogi" && (start === 0 || s[start - 1] !== "l")) return s;
      if (suffix === "li" && (start === 0 || "cdeghkmnrt".indexOf(s[start - 1]) < 0)) return s;
      return s.slice(0, start) + STEP2_RULES[i][1];
    }
    return s;
  }

  function step3(s, r1, r2) {
    for (var i = 0; i < STEP3_RULES.length; i++) {
      var suffix = STEP3_RULES[i][0];
      if (!endsWith(s, suffix)) continue;
      var start = s.length - suffix.length;
      if (start < r1 || (suffix === "ative" && start < r2)) return s;
      return s.slice(0, start) + STEP3_RULES[i][1];
    }
    return s;
  }

  function step4(s, r2) {
    for (var i = 0; i < STEP4_SUFFIXES.length; i++) {
      var suffix = STEP4_SUFFIXES[i];
      if (!endsWith(s, suffix)) continue;
      var start = s.length - suffix.length;
      if (start < r2) return s;
      if (suffix === "ion" && (start === 0 || (s[start - 1] !== "s" && s[start - 1] !== "t"))) return s;
      return s.slice(0, start);
    }
    return s;
  }

  function step5(s, r1, r2) {
    var start = s.length - 1;
    if (endsWith(s, "e") && (start >= r2 || (start >= r1 && !endsInShortSyllable(s, start)))) return s.slice(0, start);
    if (endsWith(s, "l") && start >= r2 && start > 0 && s[start - 1] === "l") return s.slice(0, start);
    return s;
  }

  function stem(word) {
    if (word.length <= 2) return word;
    if (Object.prototype.hasOwnProperty.call(WHOLE_WORD_EXCEPTIONS, word)) return WHOLE_WORD_EXCEPTIONS[word];
    var s = markConsonantY(word[0] === "'" ? word.slice(1) : word);
    var r1 = r1Start(s);
    var r2 = regionStart(s, r1);
    s = step1a(step0(s));
    if (INVARIANT_AFTER_STEP_1A[s] === true) return s;
    s = step5(step4(step3(step2(step1c(step1b(s, r1)), r1), r1, r2), r2), r1, r2);
    return s.replace(/Y/g, "y");
  }

  var MAX_WORD_LENGTH = 40;

  /* Lower-case words: letters and digits, apostrophes dropped so "don't" and "dont" meet. */
  function words(text) {
    var found = text.toLowerCase().replace(/['\u2019]/g, "").match(/[\p{L}\p{N}]+/gu) || [];
    return found.filter(function (w) { return w.length <= MAX_WORD_LENGTH; });
  }

  /* Twin of AccentFolding.cs: letters with accents as their plain letter, written out as there. */
  var FOLD_FROM = "áàâäãåéèêëíìîïóòôöõúùûüñçý";
  var FOLD_TO = "aaaaaaeeeeiiiiooooouuuuncy";
  function fold(word) {
    var out = "";
    for (var i = 0; i < word.length; i++) {
      var at = FOLD_FROM.indexOf(word[i]);
      out += at < 0 ? word[i] : FOLD_TO[at];
    }
    return out;
  }

  /*
   * Twin of SpanishStemmer.cs: Snowball's Spanish stemmer on accent-folded words, its suffix lists taken
   * without accents, so "recaida" finds "recaída".
   */
  var ES_PRONOUNS = ["me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos"];
  var ES_BEFORE_PRONOUN = ["iendo", "ando", "ar", "er", "ir", "yendo"];
  var ES_PLAIN = ["anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista", "istas",
    "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos"];
  var ES_IC = ["adora", "ador", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias"];
  var ES_STANDARD = ES_PLAIN.concat(ES_IC, ["logia", "logias", "ucion", "uciones", "encia", "encias", "amente", "mente",
    "idad", "idades", "iva", "ivo", "ivas", "ivos"]);
  var ES_Y_VERB = ["ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yas", "yes", "yais", "yamos"];
  var ES_GU_VERB = ["en", "es", "eis", "emos"];
  var ES_VERB = ES_GU_VERB.concat([
    "arian", "arias", "aran", "aras", "ariais", "aria", "areis", "ariamos", "aremos", "ara", "are",
    "erian", "erias", "eran", "eras", "eriais", "eria", "ereis", "eriamos", "eremos", "era", "ere",
    "irian", "irias", "iran", "iras", "iriais", "iria", "ireis", "iriamos", "iremos", "ira", "ire",
    "aba", "ada", "ida", "ia", "ara", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste", "an", "aban", "ian",
    "aran", "ieran", "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo", "io", "ar", "er", "ir", "as",
    "abas", "adas", "idas", "ias", "aras", "ieras", "ases", "ieses", "is", "ais", "abais", "iais", "arais",
    "ierais", "aseis", "ieseis", "asteis", "isteis", "ados", "idos", "amos", "abamos", "iamos", "imos",
    "aramos", "ieramos", "iesemos", "asemos"]);
  var ES_RESIDUAL = ["os", "a", "o", "i", "e"];

  function esVowel(c) {
    return c === "a" || c === "e" || c === "i" || c === "o" || c === "u";
  }

  function afterNext(w, from, vowel) {
    for (var i = from; i < w.length; i++) if (esVowel(w[i]) === vowel) return i + 1;
    return w.length;
  }

  function afterVowelThenConsonant(w, from) {
    for (var i = from + 1; i < w.length; i++) if (!esVowel(w[i]) && esVowel(w[i - 1])) return i + 1;
    return w.length;
  }

  function longest(w, suffixes, notBefore) {
    var found = null;
    for (var i = 0; i < suffixes.length; i++) {
      var s = suffixes[i];
      if (s.length > (found ? found.length : 0) && w.length - s.length >= (notBefore || 0) && endsWith(w, s)) found = s;
    }
    return found;
  }

  function esAttachedPronoun(w, rv) {
    var pronoun = longest(w, ES_PRONOUNS);
    if (pronoun === null) return w;
    var before = w.slice(0, w.length - pronoun.length);
    var ending = longest(before, ES_BEFORE_PRONOUN);
    if (ending === null || before.length - ending.length < rv) return w;
    return ending === "yendo" && !endsWith(before.slice(0, before.length - ending.length), "u") ? w : before;
  }

  function esStandardSuffix(w, r1, r2) {
    var suffix = longest(w, ES_STANDARD);
    if (suffix === null) return null;
    var start = w.length - suffix.length;
    var cut = w.slice(0, start);
    var before;
    if (ES_PLAIN.indexOf(suffix) >= 0) return start >= r2 ? cut : null;
    if (ES_IC.indexOf(suffix) >= 0) {
      if (start < r2) return null;
      return endsWith(cut, "ic") && cut.length - 2 >= r2 ? cut.slice(0, -2) : cut;
    }
    switch (suffix) {
      case "logia": case "logias": return start >= r2 ? cut + "log" : null;
      case "ucion": case "uciones": return start >= r2 ? cut + "u" : null;
      case "encia": case "encias": return start >= r2 ? cut + "ente" : null;
      case "amente":
        if (start < r1) return null;
        before = longest(cut, ["iv", "os", "ic", "ad"]);
        if (before !== null && cut.length - 2 >= r2) {
          cut = cut.slice(0, -2);
          if (before === "iv" && endsWith(cut, "at") && cut.length - 2 >= r2) cut = cut.slice(0, -2);
        }
        return cut;
      case "mente":
        if (start < r2) return null;
        before = longest(cut, ["ante", "able", "ible"]);
        return before !== null && cut.length - before.length >= r2 ? cut.slice(0, cut.length - before.length) : cut;
      case "idad": case "idades":
        if (start < r2) return null;
        before = longest(cut, ["abil", "ic", "iv"]);
        return before !== null && cut.length - before.length >= r2 ? cut.slice(0, cut.length - before.length) : cut;
      default:
        if (start < r2) return null;
        return endsWith(cut, "at") && cut.length - 2 >= r2 ? cut.slice(0, -2) : cut;
    }
  }

  function esYVerbSuffix(w, rv) {
    var suffix = longest(w, ES_Y_VERB, rv);
    if (suffix === null) return null;
    var cut = w.slice(0, w.length - suffix.length);
    return endsWith(cut, "u") ? cut : null;
  }

  function esVerbSuffix(w, rv) {
    var suffix = longest(w, ES_VERB, rv);
    if (suffix === null) return null;
    var cut = w.slice(0, w.length - suffix.length);
    return ES_GU_VERB.indexOf(suffix) >= 0 && endsWith(cut, "gu") ? cut.slice(0, -1) : cut;
  }

  function esResidualSuffix(w, rv) {
    var suffix = longest(w, ES_RESIDUAL);
    if (suffix === null || w.length - suffix.length < rv) return w;
    var cut = w.slice(0, w.length - suffix.length);
    return suffix === "e" && endsWith(cut, "gu") && cut.length - 1 >= rv ? cut.slice(0, -1) : cut;
  }

  function spanishStem(word) {
    var w = fold(word);
    if (w.length <= 2) return w;
    var rv = w.length;
    if (!esVowel(w[1])) rv = afterNext(w, 2, true);
    else if (esVowel(w[0])) rv = afterNext(w, 2, false);
    else rv = 3;
    rv = Math.min(rv, w.length);
    var r1 = afterVowelThenConsonant(w, 0);
    var r2 = afterVowelThenConsonant(w, r1);
    w = esAttachedPronoun(w, rv);
    var changed = esStandardSuffix(w, r1, r2);
    if (changed === null) changed = esYVerbSuffix(w, rv);
    if (changed === null) changed = esVerbSuffix(w, rv);
    if (changed !== null) w = changed;
    return esResidualSuffix(w, rv);
  }

  /*
   * The words and stems of a language's index, as the manifest names it (SearchLanguage.cs): English's
   * stemmer, Spanish's on folded words, or for any other language its words as they are, folded.
   */
  function forLanguage(code) {
    if (code === "es") return { stem: spanishStem, words: function (text) { return words(text).map(fold); }, fold: fold, forLanguage: forLanguage };
    if (code === "" ) return { stem: fold, words: function (text) { return words(text).map(fold); }, fold: fold, forLanguage: forLanguage };
    return api;
  }

  var api = { stem: stem, words: words, fold: fold, spanishStem: spanishStem, forLanguage: forLanguage };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.SiteGenSearchText = api;
})(this);
