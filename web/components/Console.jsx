// Console.jsx — what the program has written up to the cursor, then the
// run's closing report (a limit or the time budget) once at the end, and
// for an example, what real CPython printed for it (examples/expected.json).

// [cpython]: {version, stdout, stderr} or null; [atEnd]: the cursor is at
// the end of the run, so the two outputs can be compared.
function Reference({ cpython, stdout, stderr }) {
  const same = cpython.stdout === stdout && cpython.stderr === stderr;
  return same
    ? <p class="reference">✓ CPython {cpython.version} prints exactly this.</p>
    : (
      <details class="reference">
        <summary>What CPython {cpython.version} prints</summary>
        <pre>{cpython.stdout}{cpython.stderr}</pre>
      </details>
    );
}

export function Console({ stdout, stderr, footer, cpython, atEnd }) {
  const empty = !stdout && !stderr && !footer;
  return (
    <section class="console" aria-label="Output">
      <h2>Output</h2>
      <pre tabindex="0" data-testid="console">
        {stdout && <span class="stdout">{stdout}</span>}
        {stderr && <span class="stderr">{stderr}</span>}
        {footer && <span class="report">{footer}</span>}
        {empty && <span class="placeholder">Nothing printed yet.</span>}
      </pre>
      {cpython && atEnd && <Reference cpython={cpython} stdout={stdout} stderr={stderr} />}
    </section>
  );
}
