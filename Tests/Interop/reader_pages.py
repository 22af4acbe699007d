#!/usr/bin/env python3
"""Prints, as a JSON list, the page ids LlamaIndex's ConfluenceReader.load_data returns for ONE selector.

This is the reference for the ingestion preview's correctness bar (issue 6): the set of
ids `confluence-tui preview` reports must equal this set for the same selector, site and
flavour. Run it with the interop venv's python (Tests/Interop/venv.sh prints the path):

    reader_pages.py --base-url http://127.0.0.1:PORT --flavor cloud --space-key ENG
    reader_pages.py --base-url http://127.0.0.1:PORT --flavor datacenter --page-ids 65601,65602
    reader_pages.py --base-url ... --label runbook
    reader_pages.py --base-url ... --cql 'space = ENG AND type = page'

Credentials default to the emulator's demo account of the flavour (Cloud basic
demo@example.com + API token; DC the PAT, or demo/demo with --dc-basic).

Output: the ids in the order the reader returned them (compare as sets); duplicates are
kept so a caller can see them. Exit status 2, with the error on stderr, if the reader raises.

Reader behaviour that shapes the result (llama-index-readers-confluence 0.8.0):
  * space_key: `rest/api/content?spaceKey=K&type=page`, no status parameter, so the
    server default (current pages only). Without max_num_results the reader crashes
    (TypeError inside atlassian-python-api), so this script passes a large one unless
    --max-num-results is given.
  * page_ids: exactly those ids, each fetched by id (`rest/api/content/{id}`); the
    LlamaCloud `page_ids` string "a,b,c" is split on commas as here. A missing id makes
    the whole load fail (404 -> ApiError).
  * label: CQL `type="page" AND label="L"` through `rest/api/content/search`.
  * cql: the query as written, through `rest/api/content/search`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import clients  # noqa: E402

# Large enough for any site the emulator serves (--synthetic tops out at 100,000 pages).
SPACE_KEY_MAX_NUM_RESULTS = 1_000_000


def split_page_ids(text: str) -> list[str]:
    """LlamaCloud's comma-separated page_ids string as the reader's list."""
    return [part.strip() for part in text.split(",") if part.strip()]


def selector_arguments(args) -> dict:
    """The load_data keyword arguments for the one selector given."""
    if args.space_key is not None:
        limit = args.max_num_results if args.max_num_results is not None else SPACE_KEY_MAX_NUM_RESULTS
        return {"space_key": args.space_key, "max_num_results": limit}
    extra = {"max_num_results": args.max_num_results} if args.max_num_results is not None else {}
    if args.page_ids is not None:
        return {"page_ids": split_page_ids(args.page_ids), **extra}
    if args.label is not None:
        return {"label": args.label, **extra}
    return {"cql": args.cql, **extra}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    clients.add_connection_arguments(parser)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--space-key")
    group.add_argument("--page-ids", help="comma-separated ids, as LlamaCloud's page_ids string")
    group.add_argument("--label")
    group.add_argument("--cql")
    parser.add_argument("--max-num-results", type=int, help="passed to load_data (space_key defaults to a large value)")
    args = parser.parse_args()

    reader = clients.llama_reader(args.base_url, args.flavor, clients.credentials_from_arguments(args))
    try:
        docs = reader.load_data(**selector_arguments(args))
    except Exception as error:  # reported, not hidden: the caller compares against this
        print(f"reader_pages: ConfluenceReader.load_data failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    print(json.dumps([str(d.metadata.get("page_id", d.doc_id)) for d in docs]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
