// worker.mjs — runs in a Chromium worker (run.mjs): the deepest nesting the
// page's wasm module survives before the browser's stack overflows, for
// parser shapes (VmConfig.max_nesting) and run-time C recursion
// (VmConfig.max_c_depth). core/LIMITS.md, "Nesting in the page", has the
// figures and how web/wasm/page.c's limits were chosen from them.
import createRefscope from './refscope.mjs';
// After an overflow the module is unusable (the wasm shadow stack pointer
// and the VM were left mid-run): a fresh instance replaces it.
let mod, cfg;
async function fresh() {
  mod = await createRefscope();
  mod.onWrite = () => {};
  cfg = mod._malloc(512);
}
await fresh();
// VmConfig's wasm32 layout (core/api.h): max_nesting and max_c_depth follow
// filename, gc_threshold[3], recursion_limit, max_steps, max_events,
// max_memory, max_output, max_source. Checked below before measuring.
const NESTING_AT = 52, C_DEPTH_AT = 56;
const VM_LIMIT = 3; // core/api.h
async function run(src, nesting, cDepth) {
  mod._vm_config_init(cfg);
  mod.HEAP32[(cfg + NESTING_AT) >> 2] = nesting;
  mod.HEAP32[(cfg + C_DEPTH_AT) >> 2] = cDepth;
  const vm = mod._vm_new(cfg);
  const len = mod.lengthBytesUTF8(src); const p = mod._malloc(len + 1);
  mod.stringToUTF8(src, p, len + 1);
  let status;
  try { status = mod._vm_run(vm, p, len); } catch (e) { status = -1; }
  if (status < 0) await fresh();
  else { mod._free(p); mod._vm_free(vm); }
  return status;
}
const ok = async (src, nesting, cDepth = 0) => (await run(src, nesting, cDepth)) >= 0;
if (await run('x = ((((1))))\n', 10, 0) !== VM_LIMIT)
  throw new Error('VmConfig layout changed: update NESTING_AT');

// The largest value of a limit in [lo, hi] under which none of [programs]
// overflows; [okWith(src, value)].
async function largestSafe(programs, lo, hi, okWith, out) {
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    const bad = [];
    for (const [k, s] of Object.entries(programs)) if (!(await okWith(s, m))) bad.push(k);
    out.push(`  ${m}: ${bad.length ? 'overflow in ' + bad.join(', ') : 'ok'}`);
    if (bad.length) hi = m - 1; else lo = m;
  }
  return lo;
}

const R = (s, n) => s.repeat(n);
const shapes = {
  minus: `x = ${R('-', 100000)}1\n`, not: `x = ${R('not ', 100000)}1\n`,
  parens: `x = ${R('(', 300)}1${R(')', 300)}\n`, lists: `x = ${R('[', 300)}1${R(']', 300)}\n`,
  lambda: `x = ${R('lambda: ', 6000)}1\n`, call: `x = ${R('abs(', 300)}1${R(')', 300)}\n`,
  power: `x = ${R('1 ** ', 6000)}1\n`, ifexp: `x = ${R('1 if 1 else ', 6000)}1\n`,
  dict: `x = ${R('{1: ', 300)}1${R('}', 300)}\n`, kwarg: `x = ${R('dict(a=', 300)}1${R(')', 300)}\n`,
  compare: `x = ${R('1 < (', 300)}1${R(')', 300)}\n`, orr: `x = ${R('1 or (', 300)}1${R(')', 300)}\n`,
  tilde: `x = ${R('~', 100000)}1\n`, star: `x = ${R('[*', 300)}[1]${R(']', 300)}\n`,
  compr: `x = ${R('[a for a in ', 300)}[1]${R(']', 300)}\n`, fstr: `x = ${R('f"{', 300)}1${R('}"', 300)}\n`,
  await_: `async def f():\n    x = ${R('await ', 6000)}1\n`, walrus: `${R('(a := ', 300)}1${R(')', 300)}\n`,
  yieldx: `def g():\n    x = ${R('(yield ', 300)}1${R(')', 300)}\n`, slices: `x = ${R('a[1:', 300)}1${R(']', 300)}\n`,
  tuple: `x = ${R('(1, ', 300)}1${R(')', 300)}\n`, ifstmt: `if ${R('not ', 100000)}1:\n    pass\n`,
  attr: `x = 1${R('.real', 6000)}\n`, subscript: `x = [0]${R('[0]', 6000)}\n`,
  binop: `x = 1${R('+1', 6000)}\n`, unpack: `${R('[', 300)}a${R(']', 300)} = 1\n`,
  lambdadef: `x = ${R('lambda a=', 3000)}1${R(': 1', 3000)}\n`,
  decor: `${R('@d\n', 3000)}def f(): pass\n`,
  starargs: `f(${R('*(', 300)}1${R(')', 300)})\n`,
};

const RT = (expr) => `import sys\nsys.setrecursionlimit(100000)\na = []\nb = []\nfor i in range(20000):\n    a = [a]\n    b = [b]\n${expr}\n`;
const runtime = {
  repr: RT('s = repr(a)'), eq: RT('print(a == b)'), hashdeep: 'import sys\nsys.setrecursionlimit(100000)\nt = ()\nfor i in range(20000):\n    t = (t,)\nprint(hash(t))\n',
  str_: RT('s = str(a)'), deepcopy: RT('import copy\nc = copy.deepcopy(a)'), pyrec: 'import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return f(n + 1) if n < 90000 else n\nprint(f(0))\n',
  initrec: 'import sys\nsys.setrecursionlimit(100000)\nclass N:\n    def __init__(self, d):\n        self.c = N(d + 1) if d < 50000 else None\nN(0)\n',
  reprrec: 'import sys\nsys.setrecursionlimit(100000)\nclass R:\n    def __repr__(self):\n        return repr(self)\nprint(R())\n',
  maps: 'import sys\nsys.setrecursionlimit(100000)\nm = range(3)\nfor i in range(100000):\n    m = map(abs, m)\nprint(list(m))\n',
  sorted_key: 'import sys\nsys.setrecursionlimit(100000)\ndef k(x):\n    return sorted([x], key=k)\nk(1)\n',
  getattr_: 'import sys\nsys.setrecursionlimit(100000)\nclass G:\n    def __getattr__(self, n):\n        return getattr(self, n)\nG().x\n',
  dealloc: 'a = []\nfor i in range(1000000):\n    a = [a]\ndel a\nprint("freed")\n',
};

// The run-time search first: on a cold module (Liftoff code) frames are
// bigger than after the parser's hundreds of runs have tiered it up.
const out = [`C levels (max_c_depth; max_nesting 1000), ${Object.keys(runtime).length} programs:`];
const cDepth = await largestSafe(runtime, 50, 1400, (s, m) => ok(s, 1000, m), out);
out.push(`largest safe max_c_depth: ${cDepth}`);
out.push(`parser levels (max_nesting), ${Object.keys(shapes).length} shapes:`);
const nesting = await largestSafe(shapes, 100, 6000, (s, m) => ok(s, m), out);
out.push(`largest safe max_nesting: ${nesting}`);
postMessage(out.join('\n'));
