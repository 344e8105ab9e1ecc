#!/usr/bin/env python3
# gen_expected.py — runs every example (web/examples/*.py) with python3 and
# writes expected.json beside them: what real CPython prints for each, shown
# by the page under the output ("what CPython prints") and checked by
# tests/web/examples.test.mjs. Run after changing an example.
import json
import pathlib
import platform
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def main():
    out = {"python": platform.python_version(), "examples": {}}
    for path in sorted(HERE.glob("[0-9]*-*.py")):
        run = subprocess.run([sys.executable, path.name], cwd=HERE,
                             capture_output=True, text=True, timeout=60)
        out["examples"][path.name] = {"stdout": run.stdout,
                                      "stderr": run.stderr,
                                      "exit": run.returncode}
    (HERE / "expected.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
