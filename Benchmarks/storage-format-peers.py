#!/usr/bin/env python3
"""Times the peer converters on the same NUL-separated storage bodies as StorageFormatBenchmark.

usage: storage-format-peers.py llamaindex|langchain|html2text FILE
"""
import resource
import sys
import time


def converter(peer):
    if peer == "llamaindex":
        # LlamaIndex ConfluenceReader's DefaultHtmlTextParser: markdownify with these options.
        from markdownify import markdownify
        return lambda html: markdownify(html, heading_style="ATX", bullets="*", strip=["script", "style"])
    if peer == "langchain":
        # LangChain ConfluenceLoader.process_page: BeautifulSoup(..., "lxml").get_text(" ", strip=True).
        from bs4 import BeautifulSoup
        return lambda html: BeautifulSoup(html, "lxml").get_text(" ", strip=True)
    if peer == "html2text":
        import html2text
        return html2text.html2text
    raise SystemExit(f"unknown peer {peer}")


def main():
    peer, path = sys.argv[1], sys.argv[2]
    convert = converter(peer)
    with open(path, "rb") as handle:
        chunks = [chunk for chunk in handle.read().split(b"\0") if chunk]
    documents = [chunk.decode("utf-8", "replace") for chunk in chunks]
    total = sum(len(chunk) for chunk in chunks)
    del chunks
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu_start = time.perf_counter(), time.process_time()
    for document in documents:
        convert(document)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"format={peer} bytes={total} seconds={seconds} cpu_seconds={cpu} mbps={total / cpu / 1e6}"
          f" baseline_rss_kb={baseline} peak_rss_kb={peak}")


if __name__ == "__main__":
    main()
