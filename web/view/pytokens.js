// pytokens.js — a small Python tokenizer for highlighting, one line at a
// time with a state carried between lines (triple-quoted strings, the name
// after def/class). The editor uses it as a CodeMirror stream language
// (components/CmEditor.jsx) and the code shown before the editor loads
// (components/StaticCode.jsx) uses it directly, so both colour alike.
// Styles are CodeMirror's legacy token names: keyword, builtin, def,
// string, number, comment, operator, meta, property, variable.

const KEYWORDS = new Set(('and as assert async await break case class continue def del ' +
  'elif else except finally for from global if import in is lambda match nonlocal not ' +
  'or pass raise return try while with yield True False None').split(' '));
const BUILTINS = new Set(('abs all any ascii bin bool breakpoint bytearray bytes callable ' +
  'chr classmethod compile complex delattr dict dir divmod enumerate eval exec filter ' +
  'float format frozenset getattr globals hasattr hash help hex id input int isinstance ' +
  'issubclass iter len list locals map max memoryview min next object oct open ord pow ' +
  'print property range repr reversed round set setattr slice sorted staticmethod str ' +
  'sum super tuple type vars zip __import__ NotImplemented Ellipsis').split(' '));

const IDENT = /[A-Za-z_\u00A1-\uFFFF][\w\u00A1-\uFFFF]*/y;
const NUMBER = /(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)/y;
const STRING_START = /([rRbBuUfF]{0,2})('''|"""|'|")/y;
const OPERATOR = /\*\*=?|\/\/=?|<<=?|>>=?|->|:=|[-+*/%&|^@<>=!]=?|~/y;

export function startState() {
  return { quote: null, def: false };
}

export function copyState(s) {
  return { quote: s.quote, def: s.def };
}

function match(re, line, pos) {
  re.lastIndex = pos;
  const m = re.exec(line);
  return m && m.index === pos ? m : null;
}

// The end of a string body that started before [pos] with [quote]: the
// index after the closing quote, or -1 (it goes on past the line).
function stringEnd(line, pos, quote) {
  for (let i = pos; i < line.length; i++) {
    if (line[i] === '\\') { i++; continue; }
    if (line.startsWith(quote, i)) return i + quote.length;
  }
  return -1;
}

function readString(line, pos, state, quote) {
  const end = stringEnd(line, pos, quote);
  if (end >= 0) { state.quote = null; return [end, 'string']; }
  // A triple-quoted string goes on; a one-quote string ends at the line.
  state.quote = quote.length === 3 ? quote : null;
  return [line.length, 'string'];
}

function readWord(line, pos, state, word) {
  const end = pos + word.length;
  if (state.def) { state.def = false; return [end, 'def']; }
  if (KEYWORDS.has(word)) {
    state.def = word === 'def' || word === 'class';
    return [end, 'keyword'];
  }
  if (BUILTINS.has(word)) return [end, 'builtin'];
  return [end, pos > 0 && line[pos - 1] === '.' ? 'property' : 'variable'];
}

// One token of [line] from [pos] (not at the end): [end, style], style null
// for spaces and punctuation. Updates [state].
export function readToken(line, pos, state) {
  if (state.quote) return readString(line, pos, state, state.quote);
  const c = line[pos];
  if (c === ' ' || c === '\t') {
    let end = pos + 1;
    while (end < line.length && (line[end] === ' ' || line[end] === '\t')) end++;
    return [end, null];
  }
  if (c === '#') return [line.length, 'comment'];
  const s = match(STRING_START, line, pos);
  if (s) return readString(line, pos + s[0].length, state, s[2]);
  const w = match(IDENT, line, pos);
  if (w) return readWord(line, pos, state, w[0]);
  const n = match(NUMBER, line, pos);
  if (n && n[0] !== '.') return [pos + n[0].length, 'number'];
  if (c === '@' && match(IDENT, line, pos + 1)) {
    IDENT.lastIndex = pos + 1;
    return [pos + 1 + IDENT.exec(line)[0].length, 'meta'];
  }
  const o = match(OPERATOR, line, pos);
  if (o) return [pos + o[0].length, 'operator'];
  return [pos + 1, null];
}

// Every line of [text] as [[text, style], ...] runs (style null: plain).
export function tokenizeText(text) {
  const state = startState();
  return text.split('\n').map((line) => {
    const runs = [];
    let pos = 0;
    while (pos < line.length) {
      const [end, style] = readToken(line, pos, state);
      const last = runs[runs.length - 1];
      if (last && last[1] === style) last[0] += line.slice(pos, end);
      else runs.push([line.slice(pos, end), style]);
      pos = end;
    }
    return runs;
  });
}
