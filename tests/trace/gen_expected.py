#!/usr/bin/env python3
# gen_expected.py — python3's stdout for each tests/trace/cases/*.py, written
# to NAME.out beside it (run three times with different hash seeds; a case
# whose output differs is rejected). The trace tests compare the replayed
# output at END with it. Never edit the .out files by hand: rerun this.
#   python3 tests/trace/gen_expected.py [--check]
import os
import subprocess
import sys

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')


def stdout_of(path, seed):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONIOENCODING='utf-8')
    return subprocess.run(['python3', path], capture_output=True, env=env,
                          timeout=60, stdin=subprocess.DEVNULL).stdout


def main(check):
    stale = 0
    for name in sorted(os.listdir(CASES)):
        if not name.endswith('.py'):
            continue
        path = os.path.join(CASES, name)
        outs = {stdout_of(path, seed) for seed in ('0', '1', '12345')}
        if len(outs) != 1:
            print('not deterministic:', name)
            stale += 1
            continue
        out = outs.pop()
        target = path[:-3] + '.out'
        old = open(target, 'rb').read() if os.path.exists(target) else None
        if old == out:
            continue
        stale += 1
        if check:
            print('out of date:', os.path.basename(target))
        else:
            with open(target, 'wb') as f:
                f.write(out)
            print('wrote', os.path.basename(target))
    return 1 if check and stale else 0


if __name__ == '__main__':
    sys.exit(main('--check' in sys.argv[1:]))
