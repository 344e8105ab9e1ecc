#!/usr/bin/env python3
"""Writes test vectors for core/bigint and core/numfmt to stdout, one per
line: op, arguments, and python3's result last, separated by tabs. Every
expected value is computed here by CPython; numtest reads the stream.

Usage: python3 gen_vectors.py [--scale S] [--seed N] [--only PREFIX] | numtest
"""
import argparse
import random
import sys

import vec_big
import vec_fmt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--scale', type=float, default=1.0,
                    help='multiplies the number of random vectors')
    ap.add_argument('--seed', type=int, default=20240611)
    ap.add_argument('--only', default='',
                    help='comma-separated section names (default: all)')
    args = ap.parse_args()
    sections = vec_big.SECTIONS + vec_fmt.SECTIONS
    wanted = [s for s in args.only.split(',') if s]
    out = sys.stdout
    for name, fn in sections:
        if wanted and not any(name.startswith(w) for w in wanted):
            continue
        fn(random.Random('%d/%s' % (args.seed, name)), args.scale, out)


if __name__ == '__main__':
    main()
