#!/usr/bin/env python3
# golden.py — golden traces: `refscope trace FILE` (the C recorder and the
# CLI's JSON printer) against tests/trace/golden/NAME.jsonl for every
# tests/trace/cases/*.py and web/examples/*.py (the talk's examples). The
# JS decoder is checked against the same files by replay.test.mjs.
#   python3 tests/trace/golden.py [--update] [--refscope PATH] [NAMES...]
# Normalized so that unrelated changes to the runtime do not show (rules in
# tests/trace/README.md): the program's part only (up to its module frame's
# FRAME_POP) plus END; serials renumbered by first mention (o1.., f1..);
# ALLOC and MOVE ids (addresses) dropped; immortal objects' refcounts dropped; ints
# that are addresses (id() values, as copy.deepcopy's memo keys) shown as
# <address>; the checkout's path (in __file__, tracebacks) shown as <root>.
# --update rewrites the golden files: review the diff before committing.
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOLDEN = os.path.join(HERE, 'golden')


def programs():
    out = []
    for d in (os.path.join(HERE, 'cases'), os.path.join(ROOT, 'web', 'examples')):
        for name in sorted(os.listdir(d)):
            if name.endswith('.py') and name != 'gen_expected.py':
                out.append(os.path.join(d, name))
    return out


def golden_name(path):
    base = os.path.splitext(os.path.basename(path))[0]
    prefix = 'example-' if os.sep + 'examples' + os.sep in path else ''
    return prefix + base + '.jsonl'


def field_types(refscope):
    """{event name: {field: type}} from `refscope schema`."""
    schema = json.loads(subprocess.run([refscope, 'schema'], check=True,
                                       capture_output=True, text=True).stdout)
    types = {}
    for e in schema['events']:
        fields = {}
        for spec in e['fields'].split(','):
            if spec:
                name, _, typ = spec.partition(':')
                fields[name] = typ
        types[e['name']] = fields
    return types


def is_address(text):
    """An int repr in the range of 64-bit heap addresses (id() values)."""
    return text.isdigit() and 2 ** 32 <= int(text) < 2 ** 48


def normalize(events, types):
    """The golden form of a list of event dicts (see the header)."""
    names = {'obj': {}, 'frame': {}}
    module_frame = None
    out = []

    def rename(kind, value):
        if not value:
            return value
        table = names[kind]
        if value not in table:
            table[value] = '%s%d' % (kind[0], len(table) + 1)
        return table[value]

    for e in events:
        e = dict(e)
        e.pop('i', None)
        ev = e['ev']
        if ev in ('ALLOC', 'MOVE'):
            e.pop('id', None)
        if ev == 'OBJECT' and e.get('flags', 0) & 1:
            e.pop('refcnt', None)
        if ev == 'VALUE' and is_address(e['repr']):
            e['repr'] = '<address>'
        if ev == 'FRAME_PUSH' and e.get('kind') == 'module' and not module_frame:
            module_frame = e['frame']
        done = ev == 'FRAME_POP' and module_frame and e['frame'] == module_frame
        for field, typ in types.get(ev, {}).items():
            if field in e and typ in ('obj', 'frame'):
                e[field] = rename(typ, e[field])
        out.append(e)
        if done:
            break
    if events and events[-1]['ev'] == 'END' and out[-1]['ev'] != 'END':
        out.append({'ev': 'END', 'status': events[-1]['status'],
                    'exit_code': events[-1]['exit_code']})
    lines = [json.dumps(e, separators=(',', ':'), ensure_ascii=False) for e in out]
    return [line.replace(ROOT, '<root>') for line in lines]


def cli_events(refscope, path):
    r = subprocess.run([refscope, 'trace', path], capture_output=True,
                       text=True, cwd=ROOT)
    return [json.loads(line) for line in r.stdout.splitlines() if line]


def main(argv):
    update = '--update' in argv
    refscope = os.path.join(ROOT, 'build', 'refscope')
    if '--refscope' in argv:
        refscope = argv[argv.index('--refscope') + 1]
    wanted = [a for a in argv if not a.startswith('--') and a != refscope]
    types = field_types(refscope)
    failed = 0
    os.makedirs(GOLDEN, exist_ok=True)
    for path in programs():
        name = golden_name(path)
        if wanted and not any(w in name for w in wanted):
            continue
        lines = normalize(cli_events(refscope, path), types)
        gpath = os.path.join(GOLDEN, name)
        if update:
            with open(gpath, 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines) + '\n')
            print('wrote', os.path.relpath(gpath, ROOT), len(lines), 'events')
            continue
        if not os.path.exists(gpath):
            print('MISSING', name, '(run with --update)')
            failed += 1
            continue
        with open(gpath, encoding='utf-8') as f:
            want = f.read().splitlines()
        if want != lines:
            failed += 1
            at = next((i for i, (a, b) in enumerate(zip(want, lines)) if a != b),
                      min(len(want), len(lines)))
            print('FAIL %s: first difference at event %d' % (name, at))
            print('  golden:', want[at] if at < len(want) else '(end)')
            print('  now:   ', lines[at] if at < len(lines) else '(end)')
    if not update:
        print('golden traces:', 'ok' if not failed else '%d failed' % failed)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
