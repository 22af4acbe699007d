#!/usr/bin/env python3
"""Builds the StorageFormat benchmarks' inputs from the shared corpus bodies (sorted by file name).

usage: storage-format-input.py many CORPUS_DIR OUTPUT MEGABYTES
           the bodies repeated until they reach MEGABYTES * 10^6 bytes, separated by NUL bytes
       storage-format-input.py single CORPUS_DIR OUTPUT MEGABYTES
           one document of at least that size: the bodies concatenated inside a root element
"""
import pathlib
import re
import sys


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
    else:
        raise SystemExit(f"unknown mode {mode}: use many or single")


if __name__ == "__main__":
    main()
