// gcgen.c — fuzz_gc's program generator (gcgen.h). A fixed prelude defines
// classes whose __del__ resurrects, raises, collects, builds new cycles or
// rebinds globals, and helpers making closures, generators and tracebacks.
// Then each input byte picks a statement template and the following bytes
// fill its holes (variables, numbers, classes, callbacks); every statement
// runs in its own try block so an error does not end the program. Only the
// program's own containers and instances have their refcounts printed, so
// the output is python3's too (fuzz/gc_diff.py compares them).
#include "gcgen.h"

#include <string.h>

static const char prelude[] =
    // (weakref.py and _weakrefset.py take longer to compile than the
    // rest of a program: _weakref has what most statements need.)
    "import gc, sys, _weakref as weakref\n"
    "keep = []\n"
    "class N:\n"
    "    def __init__(self, tag): self.tag = tag\n"
    "    def __repr__(self): return 'N%d' % self.tag\n"
    "class R(N):\n"
    "    def __del__(self): print('del R', self.tag); keep.append(self)\n"
    "class E(N):\n"
    "    def __del__(self):\n"
    "        print('del E', self.tag); raise ValueError(self.tag)\n"
    "class G(N):\n"
    "    def __del__(self):\n"
    "        print('del G', self.tag, gc.collect(self.tag % 3))\n"
    "class K(N):\n"
    "    def __del__(self):\n"
    "        c = N(-self.tag); c.me = c; c.was = self\n"
    "class D(N):\n"
    "    def __del__(self):\n"
    "        global v0\n"
    "        print('del D', self.tag); v0 = self\n"
    "class X(N):\n"
    "    def __del__(self):\n"
    "        gone = globals().pop('v1', None)\n"
    "        print('del X', self.tag, type(gone).__name__)\n"
    "class S:\n"
    "    __slots__ = ('a', 'b', '__weakref__')\n"
    "def mine(o): return isinstance(o, (list, dict, tuple, set, N, S))\n"
    "def cb(r): print('cb', r() is None)\n"
    "def cbk(r): keep.append(r)\n"
    "def cbc(r): print('cb collect', gc.collect())\n"
    "def gccb(phase, info): print('gc', phase, info['generation'])\n"
    "def mk_gen(x):\n"
    "    y = x\n"
    "    yield y\n"
    "    yield [y]\n"
    "def mk_closure(x):\n"
    "    def f(): return x\n"
    "    return f\n"
    "def mk_tb(x):\n"
    "    try:\n"
    "        raise KeyError(x)\n"
    "    except KeyError as e:\n"
    "        return e\n"
    "def churn(n, x):\n"
    "    for i in range(n * 50):\n"
    "        a = [x, i]\n"
    "        a.append(a)\n";

// Holes: $i $j $k a variable, $w a weakref variable, $n a digit, $g a
// generation, $c a class, $b a weakref callback, $v a weak dictionary class
// of the weakref module ("wr"), $t a fresh tag.
static const char *const templates[] = {
    "$i = []",
    "$i = {}",
    "$i = $c($t)",
    "$i = ($j, $k)",
    "$i = [$j, $k]",
    "$i = {$n: $j}",
    "$i.append($j)",
    "$i.x = $j",
    "$i[$n] = $j",
    "del $i",
    "$i = None",
    "$i = $j",
    "print('collect', gc.collect($g))",
    "gc.disable()",
    "gc.enable()",
    "gc.set_threshold($n, $n, $n)",
    "$w = weakref.ref($j, $b)",
    "print('weak', $w() is None)",
    "$i = mk_gen($j)\nnext($i)",
    "$i = mk_closure($j)",
    "$i = mk_tb($j)",
    "keep.clear()",
    "$i.x = $i",
    "$i = S()\n$i.a = $j\n$i.b = $k",
    "$i.clear()",
    "if mine($i): print('refs', sys.getrefcount($i))",
    "gc.freeze()",
    "gc.unfreeze()",
    "$i = [$j] * $n",
    "$i = {$j, $k}",
    "del $i.x",
    "$i = gc.get_referents($j)",
    "gc.set_debug(gc.DEBUG_SAVEALL)",
    "gc.set_debug(0)\ngc.garbage.clear()",
    "print('garbage', len(gc.garbage))",
    "if mine($i): print('tracked', gc.is_tracked($i), gc.is_finalized($i))",
    "class T($c):\n    r = $j\n$i = T($t)",
    "$i = $j.x",
    "try:\n    raise ValueError($j)\nexcept ValueError as e2:\n    $i = e2",
    "$i = [$j for _ in range($n)]",
    "$i = dict.fromkeys(range($n), $j)",
    "print(type($i).__name__, len(repr($i)) > 0)",
    "print('eq', $i == $j)",
    "$i = list($j)",
    "$i = dict($j)",
    "$i = $j.__dict__",
    "$i = $w()",
    "$i = sorted([$j, $k], key=lambda o: [o])",
    "$i = list(map(lambda o: [o, $k], [$j]))",
    "gc.callbacks.append(gccb)",
    "gc.callbacks.clear()",
    "$i = iter($j)\nnext($i)",
    "$i = getattr($j, 'x', $k)",
    "churn($n, $j)",
    "$i = weakref.proxy($j, $b)",
    "if mine($j): print('weakcount', weakref.getweakrefcount($j))",
    "$i = $j.__class__",
    "$i = {'k': $j, 'self': None}\n$i['self'] = $i",
    "print('garbage', [type(o).__name__ for o in gc.garbage])",
    "$i = ($j, [$k])\n$i[1].append($i)",
    "$i = wr.$v()\n$i[$j] = $k",
    "$i = wr.WeakSet([$j, $k])",
    "print('weak size', len($i))",
};

enum { N_TEMPLATES = sizeof templates / sizeof templates[0] };
enum { MAX_STATEMENTS = 64, N_VARS = 8, N_WEAK = 4 };

static const char *const classes[] = {"N", "R", "E", "G", "K", "D", "X"};
static const char *const callbacks[] = {"None", "cb", "cbk", "cbc"};
static const char *const weak_containers[] = {
    "WeakValueDictionary", "WeakKeyDictionary"};

typedef struct Reader {
  const uint8_t *data;
  size_t size, pos;
  int tag;
} Reader;

static unsigned next_byte(Reader *r) {
  return r->pos < r->size ? r->data[r->pos++] : 0;
}

// Appends the text of hole [h] (the letter after '$').
static void fill_hole(Buf *out, Reader *r, char h) {
  unsigned b;
  switch (h) {
  case 'i': case 'j': case 'k':
    buf_printf(out, "v%u", next_byte(r) % N_VARS);
    break;
  case 'w': buf_printf(out, "w%u", next_byte(r) % N_WEAK); break;
  case 'n': buf_printf(out, "%u", next_byte(r) % 10); break;
  case 'g': buf_printf(out, "%u", next_byte(r) % 3); break;
  case 'c':
    b = next_byte(r) % (sizeof classes / sizeof classes[0]);
    buf_puts(out, classes[b]);
    break;
  case 'b':
    b = next_byte(r) % (sizeof callbacks / sizeof callbacks[0]);
    buf_puts(out, callbacks[b]);
    break;
  case 'v':
    b = next_byte(r) % (sizeof weak_containers / sizeof weak_containers[0]);
    buf_puts(out, weak_containers[b]);
    break;
  case 't': buf_printf(out, "%d", ++r->tag); break;
  default: buf_putc(out, h);
  }
}

// One statement: the template, indented in a try block.
static void put_statement(Buf *out, Reader *r, const char *tpl) {
  buf_puts(out, "try:\n    ");
  for (const char *p = tpl; *p; p++) {
    if (*p == '$' && p[1]) fill_hole(out, r, *++p);
    else if (*p == '\n') buf_puts(out, "\n    ");
    else buf_putc(out, *p);
  }
  buf_puts(out, "\nexcept Exception as e:\n    print('!', type(e).__name__)\n");
}

void gcgen_program(Buf *out, const uint8_t *data, size_t size) {
  Reader r = {data, size, 0, 0};
  Buf body;
  buf_init(&body);
  for (int n = 0; n < MAX_STATEMENTS && r.pos < r.size; n++)
    put_statement(&body, &r, templates[next_byte(&r) % N_TEMPLATES]);
  if (strstr(buf_cstr(&body), "wr.")) buf_puts(out, "import weakref as wr\n");
  buf_puts(out, prelude);
  for (int i = 0; i < N_VARS; i++) buf_printf(out, "v%d = None\n", i);
  for (int i = 0; i < N_WEAK; i++) buf_printf(out, "w%d = None\n", i);
  buf_append(out, body.data, body.len);
  if (body.failed) out->failed = 1;
  buf_free(&body);
}
