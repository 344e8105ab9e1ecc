#!/usr/bin/env python3
# trace_bytes.py — bytes per event of the binary trace (core/TRACE.md,
# "Records") for every golden-trace program (tests/trace/cases, the talk's
# examples in web/examples) and the 10,000-iteration l.append([i]) loop:
# `refscope trace --raw` writes the records and the string table the page
# receives; bytes per event = (records + strings) / events. Issue 4's
# target is at most 16.
#   python3 bench/trace_bytes.py [--refscope build/refscope]
import glob
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOOP = 'l = []\nfor i in range(10000):\n    l.append([i])\n'


def measure(refscope, path):
    with tempfile.TemporaryDirectory() as d:
        prefix = os.path.join(d, 'trace')
        out = subprocess.run([refscope, 'trace', '--raw', prefix, path],
                             capture_output=True, text=True).stdout
        events = out.count('\n')
        records = os.path.getsize(prefix + '.records')
        strings = os.path.getsize(prefix + '.strings')
    return events, records, strings


def main(argv):
    refscope = os.path.join(ROOT, 'build', 'refscope')
    if '--refscope' in argv:
        refscope = argv[argv.index('--refscope') + 1]
    files = sorted(glob.glob(os.path.join(ROOT, 'tests/trace/cases/*.py')))
    files += sorted(f for f in glob.glob(os.path.join(ROOT, 'web/examples/*.py'))
                    if os.path.basename(f)[0].isdigit())
    total = [0, 0, 0]
    for f in files:
        row = measure(refscope, f)
        total = [t + x for t, x in zip(total, row)]
        print_row(os.path.relpath(f, ROOT), *row)
    print_row('golden programs, all', *total)
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as t:
        t.write(LOOP)
    try:
        print_row('l.append([i]) loop, 10,000 iterations', *measure(refscope, t.name))
    finally:
        os.unlink(t.name)


def print_row(name, events, records, strings):
    print(f'{name:44} {events:7} events: records {records / events:5.2f} + '
          f'strings {strings / events:4.2f} = {(records + strings) / events:5.2f} '
          'bytes/event')


if __name__ == '__main__':
    main(sys.argv[1:])
