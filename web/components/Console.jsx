// Console.jsx — what the program has written up to the cursor, then the
// run's closing report (a limit or the time budget) once at the end.
export function Console({ stdout, stderr, footer }) {
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
    </section>
  );
}
