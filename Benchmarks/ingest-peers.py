#!/usr/bin/env python3
"""Times the peer ingesters over one space: LlamaIndex's ConfluenceReader and LangChain's ConfluenceLoader.

Issue 6 "Speed": the peers of `confluence-tui preview --space KEY --full --json`.
Run it with the interop venv's python (it imports Tests/Interop/clients.py):

    PY="$(Tests/Interop/venv.sh)"
    "$PY" Benchmarks/ingest-peers.py --base-url http://127.0.0.1:PORT --flavor cloud \
        --space-key SYN --max-num-results 5000

Prints one JSON document:
    {"llama_index": {"wall_seconds", "pages", "page_ids_sha", "requests", "config"},
     "langchain":   {... same ...}}
  * wall_seconds: perf_counter around constructing the client and the full load
    (the Python packages are imported beforehand, outside the timing).
  * pages: documents returned; page_ids_sha: sha256 hex of the sorted, distinct page ids
    joined by "\\n" (UTF-8), so any tool can compute the same digest for its page set.
  * requests: HTTP requests the peer sent, counted client-side at requests.Session.send
    (compare with the emulator's request log).
  * error: present instead of the figures when the peer raised.

Peer settings (documented so the comparison is honest):
  * LlamaIndex: load_data(space_key=KEY, max_num_results=N); without max_num_results the
    reader crashes (atlassian-python-api compares len(results) <= None).
    It asks for limit=N, the server caps it (export_view bodies), and pages by `start`.
  * LangChain: ConfluenceLoader(space_key=KEY, limit=50 (its default), max_pages=N),
    default content format (body.storage) and its default include_restricted_content=False,
    which costs one `restriction/byOperation` request per page. --langchain-include-restricted
    turns that off for a second opinion.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from typing import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Tests", "Interop"))

import clients  # noqa: E402
import requests  # noqa: E402

_request_count = 0
_original_send = requests.Session.send


def _counting_send(self, request, **kwargs):
    global _request_count
    _request_count += 1
    return _original_send(self, request, **kwargs)


requests.Session.send = _counting_send


def page_ids_sha(ids) -> str:
    """sha256 of the sorted distinct ids joined by newlines."""
    return hashlib.sha256("\n".join(sorted({str(i) for i in ids})).encode("utf-8")).hexdigest()


def measure(load: Callable[[], list[str]], config: dict) -> dict:
    """Runs one peer and returns its figures (or its error)."""
    global _request_count
    _request_count = 0
    started = time.perf_counter()
    try:
        ids = load()
    except Exception as error:  # the benchmark reports a failing peer rather than dying
        return {"error": f"{type(error).__name__}: {str(error)[:500]}", "wall_seconds": round(time.perf_counter() - started, 3), "requests": _request_count, "config": config}
    return {
        "wall_seconds": round(time.perf_counter() - started, 3),
        "pages": len(ids),
        "distinct_pages": len(set(ids)),
        "page_ids_sha": page_ids_sha(ids),
        "requests": _request_count,
        "config": config,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    clients.add_connection_arguments(parser)
    parser.add_argument("--space-key", required=True)
    parser.add_argument("--max-num-results", type=int, default=5000, help="LlamaIndex max_num_results and LangChain max_pages")
    parser.add_argument("--peers", default="llama_index,langchain", help="comma-separated: llama_index,langchain")
    parser.add_argument("--langchain-include-restricted", action="store_true", help="skip LangChain's per-page restriction check")
    args = parser.parse_args()
    creds = clients.credentials_from_arguments(args)
    # Import the peers before timing: importing llama_index alone takes over a second.
    import langchain_community.document_loaders  # noqa: F401
    import llama_index.readers.confluence  # noqa: F401

    peers = [p for p in args.peers.split(",") if p]
    out: dict[str, dict] = {}

    if "llama_index" in peers:
        def llama() -> list[str]:
            reader = clients.llama_reader(args.base_url, args.flavor, creds)
            docs = reader.load_data(space_key=args.space_key, max_num_results=args.max_num_results)
            return [str(d.doc_id) for d in docs]

        out["llama_index"] = measure(llama, {"space_key": args.space_key, "max_num_results": args.max_num_results})

    if "langchain" in peers:
        def langchain() -> list[str]:
            loader = clients.langchain_loader(
                args.base_url,
                args.flavor,
                creds,
                space_key=args.space_key,
                max_pages=args.max_num_results,
                include_restricted_content=args.langchain_include_restricted,
            )
            return [str(d.metadata["id"]) for d in loader.load()]

        out["langchain"] = measure(
            langchain,
            {"space_key": args.space_key, "limit": 50, "max_pages": args.max_num_results, "include_restricted_content": args.langchain_include_restricted},
        )

    unknown = set(peers) - {"llama_index", "langchain"}
    if unknown:
        print(f"ingest-peers: unknown peers {sorted(unknown)}", file=sys.stderr)
        return 2
    print(json.dumps(out, indent=2))
    return 1 if any("error" in v for v in out.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
