#!/usr/bin/env python3
"""Builds the StorageFormat benchmarks' inputs from the shared corpus bodies (sorted by file name).

usage: storage-format-input.py many CORPUS_DIR OUTPUT MEGABYTES
           the bodies repeated until they reach MEGABYTES * 10^6 bytes, separated by NUL bytes
       storage-format-input.py single CORPUS_DIR OUTPUT MEGABYTES
           one document of at least that size: the bodies concatenated inside a root element
       storage-format-input.py shapes - OUTPUT_DIR MEGABYTES
           one document of at least that size per hostile shape (OUTPUT_DIR/NAME.xml): dense markup, deep
           nesting and long runs, each a unit of storage format repeated
"""
import pathlib
import re
import sys


def panel(body):
    return f'<ac:structured-macro ac:name="info"><ac:rich-text-body>{body}</ac:rich-text-body></ac:structured-macro>'


def nested(levels, wrap, inner):
    for level in range(levels):
        inner = wrap(f"<p>level {level} words here</p>" + inner)
    return inner


# Hostile shapes: a name and one unit of storage format, repeated to the size asked for.
SHAPES = {
    "short-paragraphs": "<p>a</p>",
    "table-of-short-cells": "<table>" + "<tr><td>a</td><td>b</td></tr>" * 1000 + "</table>",
    "nested-lists-32": nested(32, lambda inner: f"<ul><li>{inner}</li></ul>", ""),
    "nested-tables-15": nested(15, lambda inner: f"<table><tr><td>{inner}</td><td>x</td></tr></table>", ""),
    "panels-in-tables-8": nested(8, lambda inner: f"<table><tr><td>{panel(inner)}</td></tr></table>", ""),
    "nested-panels-30": nested(30, panel, ""),
    "one-long-word": "x" * 10000,
    "cjk-paragraph": "<p>" + "漢字かな交じり文 " * 1000 + "</p>",
}


def main():
    mode, corpus, output, megabytes = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), int(sys.argv[4])
    bodies = [path.read_bytes() for path in sorted(corpus.glob("*.xml"))]
    target = megabytes * 1_000_000
    if mode == "many":
        size, parts = 0, []
        while size < target:
            for body in bodies:
                parts.append(body)
                size += len(body)
        output.write_bytes(b"\0".join(parts))
        print(f"{len(parts)} documents, {size} bytes, largest {max(map(len, bodies))} bytes")
    elif mode == "single":
        # Each table of contents lists every heading of the document it is in; kept in every copy, they would
        # make the output grow with the square of the copies, which no real page does. The first copy keeps them.
        toc = re.compile(rb'<ac:structured-macro[^>]*ac:name="toc(-zone)?"[^>]*?(/>|>.*?</ac:structured-macro>)', re.S)
        copies = [toc.sub(b"", body) for body in bodies]
        parts, size = list(bodies), sum(map(len, bodies))
        while size < target:
            parts += copies
            size += sum(map(len, copies))
        output.write_bytes(b"<div>" + b"".join(parts) + b"</div>")
        print(f"one document of {size + 11} bytes")
    elif mode == "shapes":
        output.mkdir(parents=True, exist_ok=True)
        for name, unit in SHAPES.items():
            data = unit.encode() * (target // len(unit.encode()) + 1)
            (output / f"{name}.xml").write_bytes(data)
        print(f"{len(SHAPES)} documents of {target} bytes or more in {output}")
    else:
        raise SystemExit(f"unknown mode {mode}: use many, single or shapes")


if __name__ == "__main__":
    main()
