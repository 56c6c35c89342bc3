// Gongkai: search every project of the site, in the reader's browser, in the index written with the site
// (search/). Only the files a query needs are loaded, each as a script calling GongkaiSearch.put, so that it works
// from disk (where fetch is refused) and under the pages' Content-Security-Policy (scripts from the site only).
// Terms are made here exactly as the index makes them (search/Analyzer.java): keep the two in step.
(function () {
  'use strict';
  var form = document.querySelector('form.search-form');
  if (!form) {
    return;
  }
  var panel = form.parentNode.querySelector('.search-results');
  var status = panel.querySelector('.search-status');
  var list = panel.querySelector('.search-list');
  var more = panel.querySelector('.search-more');
  var input = form.querySelector('input[type=search]');
  var base = form.getAttribute('data-index');
  var root = base.replace(/search\/$/, '');
  var lang = form.getAttribute('data-lang');
  var PAGE = 10;
  var BATCH = 24;
  var MAX_CHECKED = 240;
  // A query longer than any name is cut before it is parsed: a hostile ?q= of a million characters would ask for
  // every shard of the index.
  var MAX_QUERY = 200;
  var FIELDS = ['name', 'unit', 'indicators', 'narratives'];

  function label(name) {
    return form.getAttribute('data-' + name) || '';
  }

  function fill(text, args) {
    return text.replace(/\{(\d+)\}/g, function (all, i) {
      return args[Number(i)];
    });
  }

  // Loading: each file of the index is a script that hands its data to GongkaiSearch.put.
  var loaded = {};
  var loading = {};
  var filesLoaded = 0;
  window.GongkaiSearch = {
    put: function (name, data) {
      loaded[name] = data;
    },
    // The terms a text gives, as the index holds them: for checking that this script and the index agree.
    terms: function (text) {
      return load('manifest').then(function (m) {
        if (!blocks) {
          prepare(m);
        }
        var found = [];
        scan(text, function (run) {
          var chars = Array.from(run);
          for (var i = 0; i < chars.length; i++) {
            found.push(chars[i]);
            if (i > 0) {
              found.push(chars[i - 1] + chars[i]);
            }
          }
        }, function (raw) {
          var t = term(raw);
          if (t !== null) {
            found.push(t);
          }
        });
        return found;
      });
    }
  };

  function load(name) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) {
      return Promise.resolve(loaded[name]);
    }
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = base + name + '.js';
        script.async = true;
        script.onload = function () {
          script.remove();
          filesLoaded++;
          if (Object.prototype.hasOwnProperty.call(loaded, name)) {
            resolve(loaded[name]);
          } else {
            reject(new Error('No data in ' + name));
          }
        };
        script.onerror = function () {
          script.remove();
          delete loading[name];
          reject(new Error('Cannot load ' + name));
        };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  // Terms, as Analyzer.java makes them.
  var HAN = /\p{Script=Han}/u;
  var WORD_PART = /[\p{L}\p{Nd}\p{M}]/u;
  var MARKS = /\p{M}/gu;
  var DIGIT = /^\p{Nd}$/u;
  var manifest = null;
  var stopwords = {};

  function isHan(ch, cp) {
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true;
    }
    return cp >= 0x2E80 && HAN.test(ch);
  }

  function isWordPart(ch, cp) {
    if (cp < 0x80) {
      return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
    }
    return WORD_PART.test(ch);
  }

  function hanFolded(ch, cp) {
    if ((cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)) {
      var folded = ch.normalize('NFKD');
      return Array.from(folded).length === 1 ? folded : ch;
    }
    return ch;
  }

  function fold(word) {
    if (/^[\x00-\x7f]*$/.test(word)) {
      return word.toLowerCase();
    }
    return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
  }

  function undouble(w) {
    var n = w.length;
    if (n >= 2 && w.charAt(n - 1) === w.charAt(n - 2) && 'bdfgklmnprt'.indexOf(w.charAt(n - 1)) >= 0) {
      return w.slice(0, n - 1);
    }
    return w;
  }

  function stem(word) {
    var w = word;
    if (w.length <= 3 || !/^[a-z]+$/.test(w)) {
      return w;
    }
    if (/ie[sd]$/.test(w) && w.length > 4) {
      w = w.slice(0, -3) + 'y';
    } else if (/sses$/.test(w)) {
      w = w.slice(0, -2);
    } else if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) {
      w = w.slice(0, -1);
    }
    if (/ing$/.test(w) && w.length >= 6) {
      w = undouble(w.slice(0, -3));
    } else if (/ed$/.test(w) && w.length >= 5) {
      w = undouble(w.slice(0, -2));
    } else if (/ly$/.test(w) && w.length >= 6) {
      w = w.slice(0, -2);
    }
    if (/e$/.test(w) && w.length > 4) {
      w = w.slice(0, -1);
    }
    return w;
  }

  /** A word as the index holds it, or null (a stop word, a single letter, too long). */
  function term(word) {
    if (word.length > manifest.maxWord) {
      return null;
    }
    var folded = fold(word);
    if (folded === '' || folded.length > manifest.maxWord || stopwords[folded]
        || (folded.length === 1 && !DIGIT.test(folded))) {
      return null;
    }
    return stem(folded);
  }

  /** Scans text into runs of Han characters and words, with their places (in UTF-16 units) in it. */
  function scan(text, han, word) {
    var runStart = -1;
    var run = '';
    var wordStart = -1;
    var i = 0;
    while (i < text.length) {
      var cp = text.codePointAt(i);
      var ch = String.fromCodePoint(cp);
      if (isHan(ch, cp)) {
        if (wordStart >= 0) {
          word(text.slice(wordStart, i), wordStart, i);
          wordStart = -1;
        }
        if (runStart < 0) {
          runStart = i;
          run = '';
        }
        run += hanFolded(ch, cp);
      } else {
        if (runStart >= 0) {
          han(run, runStart, i);
          runStart = -1;
        }
        if (isWordPart(ch, cp)) {
          if (wordStart < 0) {
            wordStart = i;
          }
        } else if (wordStart >= 0) {
          word(text.slice(wordStart, i), wordStart, i);
          wordStart = -1;
        }
      }
      i += ch.length;
    }
    if (runStart >= 0) {
      han(run, runStart, text.length);
    }
    if (wordStart >= 0) {
      word(text.slice(wordStart), wordStart, text.length);
    }
  }

  /** The parts of a query, each of which a project must match: a Han phrase or character, or a word. */
  function parse(query) {
    var atoms = [];
    var seen = {};
    scan(query, function (run) {
      var chars = Array.from(run);
      var terms = [];
      if (chars.length === 1) {
        terms.push(chars[0]);
      } else {
        for (var i = 0; i + 1 < chars.length; i++) {
          terms.push(chars[i] + chars[i + 1]);
        }
      }
      if (!seen['h' + run]) {
        seen['h' + run] = true;
        // A single pair is found exactly by its term; a longer phrase must have its pairs one after another.
        atoms.push({kind: chars.length === 1 ? 'char' : chars.length === 2 ? 'pair' : 'phrase', text: run,
          terms: terms});
      }
    }, function (raw) {
      var t = term(raw);
      if (t !== null && !seen['w' + t]) {
        seen['w' + t] = true;
        atoms.push({kind: 'word', text: raw, stem: t, terms: [t]});
      }
    });
    return atoms;
  }

  // The site's declarations and blocks, from the manifest.
  var blocks = null;

  function prepare(m) {
    manifest = m;
    m.stopwords.forEach(function (w) {
      stopwords[w] = true;
    });
    var declBase = [];
    var blockDecl = [];
    var blockFirst = [];
    var blockSize = [];
    var total = 0;
    m.declarations.forEach(function (d, index) {
      declBase.push(total);
      for (var b = 0; b * m.block < d[2]; b++) {
        blockDecl.push(index);
        blockFirst.push(total + b * m.block);
        blockSize.push(Math.min(m.block, d[2] - b * m.block));
      }
      total += d[2];
    });
    blocks = {declBase: declBase, decl: blockDecl, first: blockFirst, size: blockSize, total: total};
  }

  function blockOf(doc) {
    var lo = 0;
    var hi = blocks.first.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (blocks.first[mid] <= doc) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  // The index's numbers: five bits a character and a flag for more; bitmaps six bits a character.
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VALUE = {};
  for (var a = 0; a < ALPHABET.length; a++) {
    VALUE[ALPHABET.charCodeAt(a)] = a;
  }

  function Reader(text) {
    this.text = text;
    this.at = 0;
  }
  Reader.prototype.more = function () {
    return this.at < this.text.length;
  };
  Reader.prototype.number = function () {
    var value = 0;
    var scale = 1;
    var digit;
    do {
      digit = VALUE[this.text.charCodeAt(this.at++)];
      value += (digit & 31) * scale;
      scale *= 32;
    } while (digit & 32);
    return value;
  };

  function docSet(reader, size) {
    var kind = reader.number();
    var members = [];
    var i;
    if (kind === 1) {
      for (i = 0; i < size; i++) {
        members.push(i);
      }
    } else if (kind === 0) {
      for (i = 0; i < size; i++) {
        if (VALUE[reader.text.charCodeAt(reader.at + Math.floor(i / 6))] & (1 << (i % 6))) {
          members.push(i);
        }
      }
      reader.at += Math.ceil(size / 6);
    } else {
      var previous = -1;
      for (i = 0; i < kind - 1; i++) {
        previous += 1 + reader.number();
        members.push(previous);
      }
    }
    return members;
  }

  /** A term of the index: its blocks, each with its projects by field, and the way to its positions. */
  function Term(name, record) {
    this.name = name;
    this.entries = [];
    this.fields = new Uint8Array(blocks.total);
    this.docs = [];
    this.positions = null;
    this.chunks = null;
    this.parsed = {};
    this.reading = {};
    if (!record) {
      return;
    }
    var reader = new Reader(record[0]);
    var block = -1;
    while (reader.more()) {
      block += 1 + reader.number();
      var fields = reader.number();
      var sets = [null, null, null, null];
      for (var f = 0; f < 4; f++) {
        if (fields & (1 << f)) {
          sets[f] = docSet(reader, blocks.size[block]);
          for (var k = 0; k < sets[f].length; k++) {
            var doc = blocks.first[block] + sets[f][k];
            if (!this.fields[doc]) {
              this.docs.push(doc);
            }
            this.fields[doc] |= 1 << f;
          }
        }
      }
      this.entries.push({block: block, fields: fields, sets: sets});
    }
    this.docs.sort(function (x, y) {
      return x - y;
    });
    if (typeof record[1] === 'string') {
      this.positions = record[1];
    } else if (record[1]) {
      this.chunks = record[1];
    }
  }

  Term.prototype.entryOf = function (block) {
    var lo = 0;
    var hi = this.entries.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (this.entries[mid].block === block) {
        return mid;
      }
      if (this.entries[mid].block < block) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  };

  /** The file of positions that holds entry e, or null when they came with the term. */
  Term.prototype.chunkOf = function (e) {
    if (!this.chunks) {
      return null;
    }
    var j = 0;
    while (j + 1 < this.chunks.length && this.chunks[j + 1][0] <= e) {
      j++;
    }
    return j;
  };

  /** Reads the positions of the entries from `first` on out of `text`, until `last` (exclusive). */
  Term.prototype.parse = function (text, first, last) {
    var reader = new Reader(text);
    for (var e = first; e < last && reader.more(); e++) {
      var entry = this.entries[e];
      var byField = [null, null, null, null];
      for (var f = 0; f < 4; f++) {
        if (entry.fields & (1 << f)) {
          byField[f] = {};
          for (var k = 0; k < entry.sets[f].length; k++) {
            var count = reader.number();
            var where = [];
            var at = 0;
            for (var c = 0; c < count; c++) {
              at += reader.number();
              where.push(at);
            }
            byField[f][entry.sets[f][k]] = where;
          }
        }
      }
      this.parsed[e] = byField;
    }
  };

  /** Makes sure the positions of the project `doc` are read; resolves when they are. */
  Term.prototype.need = function (doc) {
    var block = blockOf(doc);
    var e = this.entryOf(block);
    if (e < 0 || this.parsed[e]) {
      return null;
    }
    var self = this;
    if (this.positions !== null) {
      this.parse(this.positions, 0, this.entries.length);
      return null;
    }
    var j = this.chunkOf(e);
    if (j === null) {
      return null;
    }
    if (!this.reading[j]) {
      var first = this.chunks[j][0];
      var last = j + 1 < this.chunks.length ? this.chunks[j + 1][0] : this.entries.length;
      this.reading[j] = load(this.chunks[j][1]).then(function (text) {
        self.parse(text, first, last);
      });
    }
    return this.reading[j];
  };

  /** True when the positions of the project `doc` can be read without loading a file. */
  Term.prototype.ready = function (doc) {
    var e = this.entryOf(blockOf(doc));
    if (e < 0 || this.parsed[e]) {
      return true;
    }
    if (this.positions !== null) {
      this.parse(this.positions, 0, this.entries.length);
      return true;
    }
    return false;
  };

  Term.prototype.where = function (doc, field) {
    var block = blockOf(doc);
    var e = this.entryOf(block);
    var byField = e < 0 ? null : this.parsed[e];
    if (!byField || !byField[field]) {
      return [];
    }
    return byField[field][doc - blocks.first[block]] || [];
  };

  var terms = {};

  function shardOf(name) {
    if (manifest.bits === 0) {
      return 0;
    }
    var hash = 0x811C9DC5;
    for (var i = 0; i < name.length; i++) {
      hash ^= name.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) >>> (32 - manifest.bits);
  }

  function loadTerm(name) {
    if (terms[name]) {
      return Promise.resolve(terms[name]);
    }
    return load('t/' + shardOf(name)).then(function (shard) {
      var record = Object.prototype.hasOwnProperty.call(shard, name) ? shard[name] : null;
      return typeof record === 'string' ? load(record) : record;
    }).then(function (record) {
      terms[name] = new Term(name, record);
      return terms[name];
    });
  }

  // Matching: every part of the query must match; a part scores the weight of the best field it matches in.
  function bestWeight(mask) {
    for (var f = 0; f < 4; f++) {
      if (mask & (1 << f)) {
        return manifest.weights[f];
      }
    }
    return 0;
  }

  function atomFields(atom, doc) {
    var mask = 15;
    for (var i = 0; i < atom.terms.length; i++) {
      mask &= terms[atom.terms[i]].fields[doc];
    }
    return mask;
  }

  /** The last position the index records: the pairs past the first million characters of a field all stand there. */
  var FAR = 1048575;

  /** The fields where a phrase's pairs stand one after another in the project, as read so far. */
  function confirmed(atom, doc, mask) {
    var result = 0;
    for (var f = 0; f < 4; f++) {
      if (!(mask & (1 << f))) {
        continue;
      }
      var first = terms[atom.terms[0]].where(doc, f);
      var others = [];
      for (var k = 1; k < atom.terms.length; k++) {
        var set = {};
        terms[atom.terms[k]].where(doc, f).forEach(function (p) {
          set[p] = true;
        });
        others.push(set);
      }
      for (var i = 0; i < first.length; i++) {
        var ok = true;
        for (var j = 0; j < others.length && ok; j++) {
          var at = first[i] + j + 1;
          ok = others[j][at >= FAR ? FAR : at] === true;
        }
        if (ok) {
          result |= 1 << f;
          break;
        }
      }
    }
    return result;
  }

  /** A search: its candidates in order of the best score they could have, and those confirmed so far. */
  function Search(query, atoms) {
    this.query = query;
    this.atoms = atoms;
    this.phrases = atoms.filter(function (atom) {
      return atom.kind === 'phrase';
    });
    var driver = null;
    atoms.forEach(function (atom) {
      atom.terms.forEach(function (t) {
        if (driver === null || terms[t].docs.length < terms[driver].docs.length) {
          driver = t;
        }
      });
    });
    var candidates = [];
    var docs = driver === null ? [] : terms[driver].docs;
    for (var i = 0; i < docs.length; i++) {
      var doc = docs[i];
      var score = 0;
      var masks = [];
      for (var a = 0; a < atoms.length && score >= 0; a++) {
        var mask = atomFields(atoms[a], doc);
        masks.push(mask);
        score = mask ? score + bestWeight(mask) : -1;
      }
      if (score > 0) {
        candidates.push({doc: doc, score: score, masks: masks,
          year: manifest.declarations[blocks.decl[blockOf(doc)]][1]});
      }
    }
    // Equal scores: the latest year first, then the site's order.
    candidates.sort(function (x, y) {
      return y.score - x.score || y.year - x.year || x.doc - y.doc;
    });
    this.candidates = candidates;
    this.next = 0;
    this.rejected = 0;
    this.results = [];
    this.shown = 0;
  }

  /** True when results are left to show, or candidates to confirm. */
  Search.prototype.hasMore = function () {
    if (this.phrases.length === 0) {
      return this.shown < this.candidates.length;
    }
    return this.shown < this.results.length || this.next < this.candidates.length;
  };

  Search.prototype.exact = function () {
    return this.phrases.length === 0 || this.next >= this.candidates.length;
  };

  /** Confirms candidates, a batch at a time, until `wanted` results are sure of their place (or none are left). */
  Search.prototype.confirm = function (wanted) {
    var self = this;
    if (this.phrases.length === 0) {
      while (this.results.length < wanted && this.next < this.candidates.length) {
        this.results.push(this.candidates[this.next++]);
      }
      return Promise.resolve();
    }
    var checked = 0;
    function settled() {
      var bound = self.next < self.candidates.length ? self.candidates[self.next].score : -1;
      var sure = 0;
      for (var i = 0; i < self.results.length; i++) {
        if (self.results[i].score >= bound) {
          sure++;
        }
      }
      return sure >= wanted || self.next >= self.candidates.length || checked >= MAX_CHECKED;
    }
    function check(candidate) {
      var score = 0;
      for (var a = 0; a < self.atoms.length && score >= 0; a++) {
        var atom = self.atoms[a];
        if (atom.kind === 'phrase') {
          candidate.masks[a] = confirmed(atom, candidate.doc, candidate.masks[a]);
        }
        score = candidate.masks[a] ? score + bestWeight(candidate.masks[a]) : -1;
      }
      if (score > 0) {
        candidate.order = self.next;
        candidate.score = score;
        self.results.push(candidate);
      } else {
        self.rejected++;
      }
      self.next++;
      checked++;
    }
    // Then, for a few milliseconds, those whose positions are already read: a count made exact for nothing.
    function free() {
      var deadline = performance.now() + 25;
      while (self.next < self.candidates.length && performance.now() < deadline) {
        var candidate = self.candidates[self.next];
        var ready = self.phrases.every(function (atom) {
          return atom.terms.every(function (t) {
            return terms[t].ready(candidate.doc);
          });
        });
        if (!ready) {
          return;
        }
        check(candidate);
      }
    }
    function round() {
      if (settled()) {
        free();
        self.results.sort(function (x, y) {
          return y.score - x.score || x.order - y.order;
        });
        return Promise.resolve();
      }
      var batch = self.candidates.slice(self.next, self.next + BATCH);
      var waits = [];
      batch.forEach(function (candidate) {
        self.phrases.forEach(function (atom) {
          atom.terms.forEach(function (t) {
            var wait = terms[t].need(candidate.doc);
            if (wait) {
              waits.push(wait);
            }
          });
        });
      });
      return Promise.all(waits).then(function () {
        batch.forEach(check);
        return round();
      });
    }
    return round();
  };

  // Showing results.
  function money(plain) {
    var parts = plain.split('.');
    return parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (parts.length > 1 ? '.' + parts[1] : '');
  }

  /** The text with every part of the query it contains marked. */
  function marked(text, atoms) {
    var ranges = [];
    atoms.forEach(function (atom) {
      if (atom.kind !== 'word') {
        var at = text.indexOf(atom.text);
        while (at >= 0) {
          ranges.push([at, at + atom.text.length]);
          at = text.indexOf(atom.text, at + atom.text.length);
        }
      }
    });
    scan(text, function () {}, function (raw, start, end) {
      var t = term(raw);
      if (t === null) {
        return;
      }
      atoms.forEach(function (atom) {
        if (atom.kind === 'word' && atom.stem === t) {
          ranges.push([start, end]);
        }
      });
    });
    ranges.sort(function (x, y) {
      return x[0] - y[0] || y[1] - x[1];
    });
    var fragment = document.createDocumentFragment();
    var at = 0;
    ranges.forEach(function (range) {
      if (range[0] < at) {
        return;
      }
      fragment.appendChild(document.createTextNode(text.slice(at, range[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(range[0], range[1]);
      fragment.appendChild(mark);
      at = range[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function describe(candidate) {
    var block = blockOf(candidate.doc);
    var d = blocks.decl[block];
    var local = candidate.doc - blocks.declBase[d];
    var folder = manifest.declarations[d][0];
    var name = 'docs/' + (folder ? folder + '/' : '') + Math.floor(local / manifest.docs);
    return load(name).then(function (file) {
      return {file: file, doc: file.docs[local % manifest.docs], candidate: candidate};
    });
  }

  /** A text in the page's language; the Chinese, marked as such, where it has no English. */
  function inLanguage(zh, en) {
    if (lang === 'en' && en) {
      return {text: en, fallback: false};
    }
    return {text: zh, fallback: lang === 'en'};
  }

  /**
   * A text in the page's language with the query's words marked; and, when the query matches the text in the other
   * language (Chinese typed on an English page), that one too, after it.
   */
  function both(zh, en, atoms) {
    var shown = inLanguage(zh, en);
    var span = document.createElement('span');
    span.appendChild(marked(shown.text, atoms));
    if (shown.fallback) {
      span.lang = 'zh-CN';
    }
    var other = shown.text === zh ? en : zh;
    if (other && other !== shown.text) {
      var extra = marked(other, atoms);
      if (extra.querySelector('mark')) {
        var aside = document.createElement('span');
        aside.className = 'search-other';
        aside.lang = other === zh ? 'zh-CN' : 'en';
        aside.appendChild(document.createTextNode(' · '));
        aside.appendChild(extra);
        span.appendChild(aside);
      }
    }
    return span;
  }

  function item(found, atoms) {
    var li = document.createElement('li');
    var link = document.createElement('a');
    var doc = found.doc;
    link.href = root + lang + '/' + found.file.path + 'projects/' + doc[0] + '.html';
    link.appendChild(both(doc[1], doc[2], atoms));
    li.appendChild(link);
    var meta = document.createElement('p');
    meta.className = 'search-meta';
    meta.appendChild(both(found.file.unit[0], found.file.unit[1], atoms));
    meta.appendChild(document.createTextNode(' · ' + fill(label('year'), [found.file.year]) + ' · '
        + fill(label('funds'), [money(doc[3])])));
    li.appendChild(meta);
    var where = [];
    var union = 0;
    found.candidate.masks.forEach(function (mask) {
      union |= mask;
    });
    for (var f = 0; f < 4; f++) {
      if (union & (1 << f)) {
        where.push(label('field-' + FIELDS[f]));
      }
    }
    var fields = document.createElement('p');
    fields.className = 'search-where';
    fields.textContent = fill(label('matched'), [where.join(lang === 'zh' ? '、' : ', ')]);
    li.appendChild(fields);
    return li;
  }

  var current = null;
  var sequence = 0;

  function report(search) {
    var count;
    if (search.exact()) {
      var total = search.phrases.length === 0 ? search.candidates.length : search.results.length;
      count = total === 0 ? fill(label('none'), [search.query])
          : fill(label(total === 1 ? 'found-one' : 'found'), [total, search.query]);
    } else {
      count = fill(label('found-at-least'), [search.results.length,
        search.candidates.length - search.rejected, search.query]);
    }
    status.textContent = count;
  }

  function show(search, started) {
    var wanted = search.shown + PAGE;
    return search.confirm(wanted).then(function () {
      var page = search.results.slice(search.shown, wanted);
      return Promise.all(page.map(describe));
    }).then(function (found) {
      if (search !== current) {
        return;
      }
      found.forEach(function (f) {
        list.appendChild(item(f, search.atoms));
      });
      search.shown += found.length;
      report(search);
      more.hidden = !search.hasMore();
      form.dispatchEvent(new CustomEvent('gongkai-search', {detail: {
        query: search.query, results: search.shown, milliseconds: performance.now() - started, files: filesLoaded
      }}));
    });
  }

  function fail() {
    status.textContent = label('failed');
    more.hidden = true;
  }

  function run(query) {
    var mine = ++sequence;
    var started = performance.now();
    query = query.slice(0, MAX_QUERY).trim();
    if (query === '') {
      current = null;
      panel.hidden = true;
      list.textContent = '';
      return;
    }
    panel.hidden = false;
    status.textContent = label('searching');
    load('manifest').then(function (m) {
      if (!blocks) {
        prepare(m);
      }
      var atoms = parse(query);
      var needed = [];
      atoms.forEach(function (atom) {
        atom.terms.forEach(function (t) {
          needed.push(loadTerm(t));
        });
      });
      return Promise.all(needed).then(function () {
        if (mine !== sequence) {
          return null;
        }
        current = new Search(query, atoms);
        list.textContent = '';
        more.hidden = true;
        return show(current, started);
      });
    }).catch(fail);
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      run(input.value);
    }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  more.addEventListener('click', function () {
    if (current) {
      show(current, performance.now()).catch(fail);
    }
  });
  var asked = new URLSearchParams(window.location.search).get('q');
  if (asked) {
    input.value = asked;
    run(asked);
  }
})();
