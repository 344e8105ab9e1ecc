// hostile.test.mjs — issue 7's hostile programs in the page (the CLI's are
// tests/limits/run_limits.py): each ends within a bound with CPython's error
// or a Refscope limit message, the partial trace is replayed and drawn, and
// the page runs the next program normally. Where python3 itself ends (the
// recursion and parser cases), its output is the expectation: python3 runs
// the same source here and the page must print the same stdout and the same
// last line of the traceback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { openBrowser, newPage, artifact } from './browser.mjs';
import { waitForRun, checkDrawn } from './check.mjs';

const BUDGET_MS = 4000;
let b, page;
const errors = [];

before(async () => {
  b = await openBrowser();
  page = await newPage(b, errors);
  await page.goto(`${b.url}?budget=${BUDGET_MS}`);
  await waitForRun(page);
});

after(async () => { await b?.close(); });

// What python3 prints for [source]: {stdout, last} (last: the final line of
// stderr, the exception).
function python3(source) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refscope-hostile-'));
  const file = path.join(dir, 'snippet.py');
  fs.writeFileSync(file, source);
  const r = spawnSync('python3', [file], { encoding: 'utf8', timeout: 60000 });
  fs.rmSync(dir, { recursive: true, force: true });
  const lines = r.stderr.trimEnd().split('\n');
  return { stdout: r.stdout, last: lines[lines.length - 1] };
}

// Runs [source] in the page and returns what a learner sees at the last
// step: the console's text, the error line, the run's status and how many
// stops the replay has.
async function runInPage(source) {
  const before = await page.evaluate(() => Number(document.querySelector('.app').dataset.run));
  const t0 = Date.now();
  await page.evaluate((c) => {
    globalThis.__refscope.state.source.value = c;
    globalThis.__refscope.player.runSource();
  }, source);
  await waitForRun(page, before);
  const ms = Date.now() - t0;
  await page.locator('.stage').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('End');
  return page.evaluate((ms) => {
    const R = globalThis.__refscope;
    const r = R.state.run.value;
    return {
      ms,
      console: document.querySelector('[data-testid=console]').textContent || '',
      errorLine: document.querySelector('.error-line')?.textContent || '',
      status: r.result.status,
      steps: r.replay ? r.replay.count : 0,
      stdout: r.result.stdout,
    };
  }, ms);
}

const DEEP = (n) => `import copy\na = []\nb = []\nfor i in range(${n}):\n    a = [a]\n    b = [b]\n`;
const EXP_LIST = 'def make():\n    a = [0]\n    for i in range(30):\n' +
  '        a = [a] * 10\n    return a\na = make()\n';

// Cases python3 ends by itself: the page must end the same way.
const ORACLE = [
  ['infinite recursion', 'def f(n):\n    return f(n + 1)\nprint("start")\nf(0)\n'],
  ['repr of a 5,000-deep list', DEEP(5000) + 'print(a)\n'],
  ['== of two 5,000-deep lists', DEEP(5000) + 'print(a == b)\n'],
  ['copy.deepcopy of a 5,000-deep list', DEEP(5000) + 'c = copy.deepcopy(a)\n'],
  ['30 nested parentheses, one unclosed', `x = ${'('.repeat(30)}1${')'.repeat(29)}\n`],
  ['101 nested blocks', Array.from({ length: 101 }, (_, i) => `${' '.repeat(i)}if True:\n`).join('') +
    `${' '.repeat(101)}pass\n`],
  ['a 400 KB line', `x = '${'ab'.repeat(200000)}'\ny = [${'1, '.repeat(2000)}1]\nprint(len(x), len(y))\n`],
];

for (const [name, source] of ORACLE) {
  test(`hostile, as python3 ends it: ${name}`, async () => {
    const want = python3(source);
    const got = await runInPage(source);
    assert.ok(got.ms < 2 * BUDGET_MS, `took ${got.ms} ms`);
    assert.equal(got.stdout, want.stdout);
    assert.ok(got.console.includes(want.last) || got.errorLine.includes(want.last),
              `python3 ends with ${JSON.stringify(want.last)}; the page shows ` +
              `${JSON.stringify(got.console.slice(-300))} / ${JSON.stringify(got.errorLine)}`);
    if (got.status !== 'syntax') {
      assert.ok(got.steps > 1, 'the trace is replayed');
      assert.deepEqual((await page.evaluate(checkDrawn)).problems, []);
    }
  });
}

// Cases python3 would run for ever or until the machine's memory is gone:
// the page's limits stop them with a message, and shows the partial trace.
const STOPPED = /\[stopped: .+\]|\[.+ and was stopped; showing what it did until then\]/;
const LIMITED = [
  ['endless output', 'print("first")\nwhile True:\n    print("x" * 1000)\n',
    /\[stopped: the program wrote more than \d+ bytes\]/],
  ['a huge power', 'print("start")\nx = 10 ** 10 ** 8\nprint("never")\n', STOPPED],
  ['repr of a 10**30-item nested list', EXP_LIST + 'print("made")\nprint(a)\n', STOPPED],
  ['a doubling list', 'print("start")\na = [1]\nwhile True:\n    a = a + a\n',
    new RegExp(`MemoryError|${STOPPED.source}`)],
  ['a = [a] * 10 for ever', 'print("start")\na = [0]\nwhile True:\n    a = [a] * 10\n',
    new RegExp(`MemoryError|${STOPPED.source}`)],
  ['an endless loop', 'print("start")\nn = 0\nwhile True:\n    n += 1\n', STOPPED],
];

// Sources nested deeper than the page's parser allows (the browser's stack
// for wasm is about 1 MB; web/wasm/page.c): python3 reports a SyntaxError
// (300 parentheses) or a MemoryError (100,000 minus signs), the page its
// own limit, in words, instead of a crash of the module.
const NESTING = /\[stopped: the source nests deeper than \d+ levels, this page's limit \(CPython 3\.11 allows 6000 in its parser, 3000 in its compiler\)\]/;
for (const [name, source] of [
  ['300 nested parentheses', `x = ${'('.repeat(300)}1${')'.repeat(300)}\n`],
  ['100,000 unary minuses', `x = ${'-'.repeat(100000)}1\n`],
  ['3,000 nested conditional expressions', `x = ${'1 if 1 else '.repeat(3000)}1\n`],
  ['a 400 KB sum, 100,000 terms deep', `x = ${'1 + '.repeat(100000)}1\nprint(x)\n`],
]) {
  test(`hostile, past the page's nesting limit: ${name}`, async () => {
    const got = await runInPage(source);
    assert.ok(got.ms < 2 * BUDGET_MS, `took ${got.ms} ms`);
    assert.equal(got.status, 'limit');
    assert.match(got.console, NESTING);
  });
}

for (const [name, source, expected] of LIMITED) {
  test(`hostile, stopped by a limit: ${name}`, async () => {
    const got = await runInPage(source);
    assert.ok(got.ms < 2 * BUDGET_MS, `took ${got.ms} ms`);
    assert.match(got.console, expected);
    assert.match(got.console, /^(start|first|made)\n/, 'the partial trace has the first output');
    assert.ok(got.steps > 1, 'the trace is replayed');
    assert.deepEqual((await page.evaluate(checkDrawn)).problems, []);
    await page.screenshot({ path: artifact(`hostile-${name.replace(/\W+/g, '-')}.png`) });
  });
}

// Recursion through C under a raised recursion limit: python3's C stack
// holds it, the browser's would not; the page's C depth limit (600) ends it
// with a RecursionError the program can catch.
const RAISED = 'import sys\nsys.setrecursionlimit(100000)\n';
for (const [name, body] of [
  ['__repr__ recursing (the default limit)', 'class R:\n    def __repr__(self):\n        return repr(self)\nprint(R())\n'],
  ['__init__ recursing through C', 'class N:\n    def __init__(self, d):\n        self.c = N(d + 1)\nN(0)\n'],
  ['__getattr__ recursing', 'class G:\n    def __getattr__(self, n):\n        return getattr(self, n)\nG().x\n'],
  ['== of two 20,000-deep lists', 'a = []\nb = []\nfor i in range(20000):\n    a = [a]\n    b = [b]\nprint(a == b)\n'],
]) {
  test(`hostile, past the page's C depth: ${name}`, async () => {
    const got = await runInPage(name.includes('default') ? body : RAISED + body);
    assert.ok(got.ms < 2 * BUDGET_MS, `took ${got.ms} ms`);
    assert.equal(got.status, 'runtime');
    assert.match(got.console, /RecursionError: maximum recursion depth exceeded/);
    assert.ok(got.steps > 1, 'the trace is replayed');
  });
}

test('after every hostile program the page runs the next one normally', async () => {
  const got = await runInPage('a = [1, 2]\nb = a\nprint(a is b)\n');
  assert.equal(got.status, 'ok');
  assert.equal(got.stdout, 'True\n');
  assert.deepEqual(errors, []);
});
