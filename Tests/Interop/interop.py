#!/usr/bin/env python3
"""Real clients work unchanged: LlamaIndex, LangChain and atlassian-python-api against the emulator.

Usage (run.sh does this):
    interop.py --site Assets/demo-site --target cloud=http://127.0.0.1:PORT \
               --target datacenter=http://127.0.0.1:PORT2

Every client is pointed at the emulator's base URL unchanged, loads spaces and pages,
and the page ids it returns are compared with the set computed from the site directory
itself (spaces/<KEY>/pages.json), never from the emulator's answers. One PASS/FAIL line
per check, then a closing "N passed, M failed" line; the exit status is 1 on any failure.

Expected-set rules (what the real Confluence answers, and so what the emulator must):
  * space listing (`/rest/api/content?spaceKey=K&type=page`, default status current):
    pages of type page with status current, in any space, archived spaces included
    (content of an archived space stays readable over REST).
  * CQL search (`/rest/api/content/search`, `/rest/api/search`): current pages only
    (drafts and archived pages are not indexed as current), and content of archived
    spaces is left out unless includeArchivedSpaces=true (the Cloud default is false).
  * a page by id: returned whatever its status is (drafts excepted); the demo ids used
    here are all current pages, so the expectation is the id list itself.
Folders: on Cloud a folder is not a page, so `type = page` and space listings exclude it.
Data Center has no folders; the emulator serves a site folder as a page there (type "page",
so its children keep their parent), and the DC expectations count folders as pages.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from typing import Callable, Iterable, Optional

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import clients  # noqa: E402
from clients import CLOUD, DATACENTER, Credentials  # noqa: E402

MAX_LOOP = 10_000  # hard bound on any hand-written paging loop (a repeating cursor must not hang CI)


# --------------------------------------------------------------------------- site model


class Site:
    """The site directory read directly (SITE-FORMAT.md), independent of the emulator."""

    def __init__(self, root: str, folders_are_pages: bool = False, users_by_key: bool = False):
        self.root = root
        self.folders_are_pages = folders_are_pages
        # Data Center names a mentioned user by key (ri:userkey), where the site's bodies, written for Cloud, use
        # the account id: the Data Center flavour serves them so.
        self.user_keys: dict[str, str] = {}
        if users_by_key:
            with open(os.path.join(root, "site.json"), encoding="utf-8") as f:
                self.user_keys = {user["accountId"]: user["userKey"] for user in json.load(f).get("users", [])}
        spaces_dir = os.path.join(root, "spaces")
        if not os.path.isdir(spaces_dir):
            raise SystemExit(f"site directory {root!r} has no spaces/ folder (is Assets/demo-site missing?)")
        self.spaces: dict[str, dict] = {}
        self.items: dict[str, dict] = {}
        for key in sorted(os.listdir(spaces_dir)):
            folder = os.path.join(spaces_dir, key)
            with open(os.path.join(folder, "space.json"), encoding="utf-8") as f:
                space = json.load(f)
            with open(os.path.join(folder, "pages.json"), encoding="utf-8") as f:
                items = json.load(f)
            space["_items"] = items
            self.spaces[space["key"]] = space
            for item in items:
                item["_space"] = space["key"]
                self.items[str(item["id"])] = item

    # ---- basic predicates

    def is_page(self, item: dict) -> bool:
        kind = item.get("type", "page")
        return kind == "page" or (self.folders_are_pages and kind == "folder")

    def has_body(self, page_id: str) -> bool:
        return self.items[page_id].get("type", "page") == "page"

    def is_current_page(self, item: dict) -> bool:
        return self.is_page(item) and item.get("status", "current") == "current"

    def explain(self, item_id: str) -> str:
        """What about an item could put it in or out of a selection (for failure details)."""
        item = self.items.get(item_id)
        if item is None:
            return "not in the site"
        notes = [f"space {item['_space']}"]
        if self.space_archived(item["_space"]):
            notes.append("archived space")
        if item.get("type", "page") != "page":
            notes.append(item.get("type"))
        if item.get("status", "current") != "current":
            notes.append(f"status {item.get('status')}")
        return ", ".join(notes)

    def space_archived(self, key: str) -> bool:
        return self.spaces[key].get("status", "current") == "archived"

    def searchable(self, item: dict) -> bool:
        """What CQL can find: current pages outside archived spaces."""
        return self.is_current_page(item) and not self.space_archived(item["_space"])

    def body(self, page_id: str) -> str:
        item = self.items[page_id]
        with open(os.path.join(self.root, "spaces", item["_space"], "bodies", f"{page_id}.xml"), encoding="utf-8") as f:
            text = f.read()
        for account_id, key in self.user_keys.items():
            text = text.replace(f'ri:account-id="{account_id}"', f'ri:userkey="{key}"')
        return text

    def parent_chain(self, page_id: str) -> list[str]:
        """Ancestor ids, root first (any type)."""
        chain = []
        parent = self.items[page_id].get("parentId")
        seen = set()
        while parent is not None and str(parent) in self.items and str(parent) not in seen:
            seen.add(str(parent))
            chain.insert(0, str(parent))
            parent = self.items[str(parent)].get("parentId")
        return chain

    def children(self, item_id: str) -> list[dict]:
        return [i for i in self.items.values() if str(i.get("parentId")) == item_id]

    def descendants(self, item_id: str) -> list[dict]:
        out, todo = [], [item_id]
        while todo:
            for child in self.children(todo.pop()):
                out.append(child)
                todo.append(str(child["id"]))
        return out

    # ---- expected sets

    def space_pages(self, key: str) -> set[str]:
        return {str(i["id"]) for i in self.spaces[key]["_items"] if self.is_current_page(i)}

    def label_pages(self, label: str) -> set[str]:
        return {pid for pid, i in self.items.items() if self.searchable(i) and label in (i.get("labels") or [])}

    def search(self, predicate: Callable[[dict], bool]) -> set[str]:
        return {pid for pid, i in self.items.items() if self.searchable(i) and predicate(i)}

    # ---- deterministic picks of what to test

    def main_space(self) -> str:
        """The current global space with the most current pages."""
        candidates = [k for k, s in self.spaces.items() if s.get("status", "current") == "current" and s.get("type") == "global"]
        candidates = candidates or list(self.spaces)
        return max(sorted(candidates), key=lambda k: len(self.space_pages(k)))

    def labels_by_reach(self) -> list[str]:
        """Labels ordered by how many spaces use them on searchable pages, then page count."""
        spaces_of: dict[str, set[str]] = {}
        count: dict[str, int] = {}
        for i in self.items.values():
            if not self.searchable(i):
                continue
            for label in i.get("labels") or []:
                spaces_of.setdefault(label, set()).add(i["_space"])
                count[label] = count.get(label, 0) + 1
        return sorted(count, key=lambda lb: (-len(spaces_of[lb]), -count[lb], lb))

    def depth(self, page_id: str) -> int:
        return len(self.parent_chain(page_id))

    def sample_page_ids(self) -> list[str]:
        """A handful of current pages: the main homepage, the deepest page, one per other space."""
        main = self.main_space()
        picks: list[str] = []
        current = sorted((pid for pid, i in self.items.items() if self.is_current_page(i)), key=int)
        home = str(self.spaces[main].get("homepageId", ""))
        if home in self.items and self.is_current_page(self.items[home]):
            picks.append(home)
        if current:
            picks.append(max(current, key=lambda p: (self.depth(p), -int(p))))
        for key in self.spaces:
            if key != main:
                ids = sorted(self.space_pages(key), key=int)
                if ids:
                    picks.append(ids[len(ids) // 2])
        return list(dict.fromkeys(picks))[:6]

    def subtree_root(self) -> Optional[str]:
        """A current page in the main space with the largest subtree made only of current pages."""
        best, best_size = None, 0
        for pid in sorted(self.space_pages(self.main_space()), key=int):
            if str(self.spaces[self.main_space()].get("homepageId")) == pid:
                continue
            desc = self.descendants(pid)
            if desc and all(self.is_current_page(d) for d in desc) and len(desc) > best_size:
                best, best_size = pid, len(desc)
        return best

    def parent_with_page_children(self) -> Optional[str]:
        """A current page whose children are all current pages, with the most children."""
        best, best_size = None, 0
        for pid in sorted(self.space_pages(self.main_space()), key=int):
            kids = self.children(pid)
            if kids and all(self.is_current_page(k) for k in kids) and len(kids) > best_size:
                best, best_size = pid, len(kids)
        return best

    def cql_cases(self) -> list[tuple[str, set[str]]]:
        """(CQL query, expected page ids) pairs, every expectation computed from the files."""
        main = self.main_space()
        labels = self.labels_by_reach()
        cases: list[tuple[str, set[str]]] = [
            (f'space = "{main}" AND type = page', self.search(lambda i: i["_space"] == main)),
        ]
        if len(labels) >= 2:
            a, b = labels[0], labels[1]
            cases.append((f'type = page AND label IN ("{a}", "{b}")', self.search(lambda i: bool({a, b} & set(i.get("labels") or [])))))
            cases.append(
                (f'space = "{main}" AND type = page AND NOT label = "{a}"', self.search(lambda i: i["_space"] == main and a not in (i.get("labels") or [])))
            )
        with_folders = [k for k, sp in self.spaces.items() if not self.space_archived(k) and any(i.get("type") == "folder" for i in sp["_items"])]
        if with_folders:
            # On DC the folders are served as pages, so `type = page` must find them there too.
            key = sorted(with_folders)[0]
            cases.append((f'space = "{key}" AND type = page', self.search(lambda i: i["_space"] == key)))
        root = self.subtree_root()
        if root:
            cases.append((f"type = page AND ancestor = {root}", self.search(lambda i: root in self.parent_chain(str(i["id"])))))
        parent = self.parent_with_page_children()
        if parent:
            cases.append((f"type = page AND parent = {parent}", self.search(lambda i: str(i.get("parentId")) == parent)))
        ids = self.sample_page_ids()[:3]
        if ids:
            cases.append((f"id IN ({', '.join(ids)})", self.search(lambda i: str(i["id"]) in ids)))
        personal = [k for k, s in self.spaces.items() if s.get("type") == "personal" and not self.space_archived(k)]
        if personal:
            p = personal[0]
            cases.append((f'space IN ("{main}", "{p}") AND type = page ORDER BY title', self.search(lambda i: i["_space"] in (main, p))))
        return cases


# --------------------------------------------------------------------------- reporting


class Report:
    """PASS/FAIL lines and the closing count."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def line(self, ok: bool, flavor: str, client: str, what: str, detail: str = "") -> None:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        tag = "PASS" if ok else "FAIL"
        print(f"{tag}  {flavor:<10} {client:<9} {what}" + (f"  -- {detail}" if detail else ""), flush=True)

    def note(self, flavor: str, client: str, text: str) -> None:
        print(f"NOTE  {flavor:<10} {client:<9} {text}", flush=True)

    def run(self, flavor: str, client: str, what: str, body: Callable[[], tuple[bool, str]]) -> None:
        try:
            ok, detail = body()
        except Exception as error:  # a client exception is a failed check, with its reason
            ok, detail = False, f"{type(error).__name__}: {str(error)[:300]}"
            if os.environ.get("INTEROP_TRACEBACK"):
                traceback.print_exc()
        self.line(ok, flavor, client, what, detail)


EXPLAIN: Optional[Callable[[str], str]] = None  # set in main(): id -> why it is or is not expected


def compare_ids(got: Iterable, expected: set[str]) -> tuple[bool, str]:
    """Equal as sets and no duplicates; the detail names what differs (and why, per the site)."""
    got = [str(g) for g in got]
    got_set = set(got)
    dupes = len(got) - len(got_set)
    missing = sorted(expected - got_set, key=lambda s: (len(s), s))
    extra = sorted(got_set - expected, key=lambda s: (len(s), s))
    if not missing and not extra and not dupes:
        return True, f"{len(got)} pages"
    parts = [f"got {len(got)}, expected {len(expected)}"]
    def show(ids: list[str]) -> str:
        shown = [i + (f" ({EXPLAIN(i)})" if EXPLAIN and EXPLAIN(i) else "") for i in ids[:10]]
        return "[" + ", ".join(shown) + ("..." if len(ids) > 10 else "") + "]"

    if missing:
        parts.append(f"missing {show(missing)}")
    if extra:
        parts.append(f"unexpected {show(extra)}")
    if dupes:
        parts.append(f"{dupes} duplicates")
    return False, "; ".join(parts)


# --------------------------------------------------------------------------- atlassian-python-api


def atlassian_checks(report: Report, site: Site, flavor: str, base_url: str, creds: Credentials) -> None:
    """atlassian-python-api `Confluence`.

    Quirks worth knowing (all v1 REST, even on Cloud):
      * get_all_pages_from_space returns ONE batch: its loop stops when
        len(results) <= limit, which is always true. Callers page with `start` themselves.
      * get_all_pages_from_space_as_generator advances `start` by the *requested* limit,
        so a server that caps `limit` makes it skip pages; not used here.
      * get_all_spaces/cql return the raw envelope; paging is the caller's job.
      * every GET carries `Content-Type: application/json` and `Accept: application/json`.
    """
    c = clients.atlassian_client(base_url, flavor, creds)
    name = "atlassian"

    def spaces() -> tuple[bool, str]:
        keys: list[str] = []
        start = 0
        for _ in range(MAX_LOOP):
            r = c.get_all_spaces(start=start, limit=2)
            keys += [s["key"] for s in r["results"]]
            if "next" not in r.get("_links", {}) or not r["results"]:
                break
            start += r["size"]
        return compare_ids(keys, set(site.spaces))

    report.run(flavor, name, "get_all_spaces (limit=2, paged on start/size/_links.next)", spaces)

    for key in site.spaces:
        def pages(key=key) -> tuple[bool, str]:
            got: list[str] = []
            bad_bodies: list[str] = []
            start = 0
            for _ in range(MAX_LOOP):
                batch = c.get_all_pages_from_space(key, start=start, limit=7, expand="body.storage")
                if not batch:
                    break
                for page in batch:
                    got.append(page["id"])
                    if page["id"] in site.items and site.has_body(page["id"]):
                        if page.get("body", {}).get("storage", {}).get("value") != site.body(page["id"]):
                            bad_bodies.append(page["id"])
                start += len(batch)
            ok, detail = compare_ids(got, site.space_pages(key))
            if bad_bodies:
                return False, f"{detail}; body.storage differs from the site file for {bad_bodies[:5]}"
            return ok, detail

        report.run(flavor, name, f"get_all_pages_from_space {key!r} (limit=7, expand=body.storage)", pages)

    def by_id() -> tuple[bool, str]:
        problems: list[str] = []
        ids = sorted((pid for pid, i in site.items.items() if site.is_current_page(i)), key=int)
        for pid in ids:
            page = c.get_page_by_id(pid, expand="body.storage,version,space,ancestors")
            item = site.items[pid]
            if page.get("id") != pid:
                problems.append(f"{pid}: id {page.get('id')!r}")
            if page.get("title") != item["title"]:
                problems.append(f"{pid}: title {page.get('title')!r}")
            if site.has_body(pid) and page.get("body", {}).get("storage", {}).get("value") != site.body(pid):
                problems.append(f"{pid}: body.storage.value differs")
            if page.get("space", {}).get("key") != item["_space"]:
                problems.append(f"{pid}: space.key {page.get('space', {}).get('key')!r}")
            if "version" in item and page.get("version", {}).get("number") != item["version"]:
                problems.append(f"{pid}: version.number {page.get('version', {}).get('number')!r}")
            # Page ancestors only: whether a Cloud folder shows in v1 `ancestors` is left open.
            want = [a for a in site.parent_chain(pid) if site.is_page(site.items[a])]
            got = [str(a.get("id")) for a in page.get("ancestors", []) if a.get("type", "page") == "page"]
            if got != want:
                problems.append(f"{pid}: ancestors {got} != {want}")
        if problems:
            return False, f"{len(problems)} problems: " + "; ".join(problems[:6])
        return True, f"{len(ids)} pages: id, title, body.storage, space.key, version.number, ancestors"

    report.run(flavor, name, "get_page_by_id every current page (expand=body.storage,version,space,ancestors)", by_id)

    for query, expected in site.cql_cases():
        def cql_all(query=query, expected=expected) -> tuple[bool, str]:
            r = c.cql(query, limit=1000)
            return _search_results(c, r, expected, follow=True)

        def cql_paged(query=query, expected=expected) -> tuple[bool, str]:
            r = c.cql(query, limit=5)
            return _search_results(c, r, expected, follow=True)

        report.run(flavor, name, f"cql {query!r} (rest/api/search limit=1000, totalSize)", cql_all)
        report.run(flavor, name, f"cql {query!r} (limit=5, following _links.next)", cql_paged)

    def bad_cql() -> tuple[bool, str]:
        from atlassian.errors import ApiValueError

        try:
            c.cql("type = = page")
        except ApiValueError as error:
            status = getattr(getattr(error, "reason", None), "response", None)
            status = getattr(status, "status_code", None)
            message = str(getattr(error, "reason", error))
            ok = status == 400 and "Could not parse cql" in message
            return ok, f"HTTP {status}, message {message[:80]!r}"
        return False, "no error raised for invalid CQL"

    report.run(flavor, name, "invalid CQL -> 400 'Could not parse cql : ...' (ApiValueError)", bad_cql)

    def wrong_credential() -> tuple[bool, str]:
        from requests import HTTPError

        wrong = Credentials(user=creds.user, secret="wrong-secret", bearer=creds.bearer)
        if not creds.user and creds.bearer:
            wrong = Credentials(user=clients.DC_USER, secret="wrong-secret")
        bad = clients.atlassian_client(base_url, flavor, wrong)
        try:
            bad.get_all_spaces()
        except HTTPError as error:
            status = error.response.status_code if error.response is not None else None
            return status == 401, f"HTTP {status}"
        return False, "no error raised for a wrong password"

    report.run(flavor, name, "wrong basic credential -> 401", wrong_credential)


def _search_results(c, first: dict, expected: set[str], follow: bool = False) -> tuple[bool, str]:
    """Collect rest/api/search results (wrappers with `content`), optionally following next."""
    ids = [r["content"]["id"] for r in first.get("results", []) if "content" in r]
    total = first.get("totalSize")
    r = first
    for _ in range(MAX_LOOP if follow else 0):
        nxt = r.get("_links", {}).get("next")
        if not nxt:
            break
        r = c.get(nxt)
        ids += [x["content"]["id"] for x in r.get("results", []) if "content" in x]
    ok, detail = compare_ids(ids, expected)
    if total != len(expected):
        return False, f"{detail}; totalSize {total!r} != {len(expected)}"
    return ok, detail + f", totalSize {total}"


# --------------------------------------------------------------------------- LlamaIndex


def llama_checks(report: Report, site: Site, flavor: str, base_url: str, creds: Credentials) -> None:
    """LlamaIndex `ConfluenceReader.load_data`.

    Quirks:
      * space_key without max_num_results crashes: the reader passes limit=None to
        atlassian's get_all_pages_from_space, which compares `len(results) <= None`
        (TypeError). Every space_key call here passes max_num_results.
      * space_key pages with `start` only: one request per server page, plus a final
        request that returns 0 results unless max_num_results is hit exactly.
      * label and cql go to `rest/api/content/search` with expand=body.export_view.value;
        it pages with BOTH `start` (+= results) and the `cursor` cut out of
        `_links.next`, so the server must let the cursor win over start (Cloud). On Data
        Center `_links.next` has no cursor and `start` does the paging. It stops when
        `_links.next` is absent.
      * page_ids: one `rest/api/content/{id}?expand=body.export_view.value` per id, no
        status filter (an archived page by id is returned).
      * Documents: doc_id and metadata page_id are the content id; text comes from
        body.export_view.value; metadata url = base_url + _links.webui.
      * Data Center: all four selectors work (folder_id and include_children's folder
        walk are Cloud-only).
    """
    reader = clients.llama_reader(base_url, flavor, creds)
    name = "llama"

    def doc_ids(docs) -> list[str]:
        return [d.doc_id for d in docs]

    for key in site.spaces:
        report.run(
            flavor,
            name,
            f"load_data(space_key={key!r}, max_num_results=10000)",
            lambda key=key: compare_ids(doc_ids(reader.load_data(space_key=key, max_num_results=10_000)), site.space_pages(key)),
        )

    main = site.main_space()

    def capped() -> tuple[bool, str]:
        expected = site.space_pages(main)
        n = min(5, len(expected))
        got = doc_ids(reader.load_data(space_key=main, max_num_results=n))
        ok = len(got) == n and len(set(got)) == n and set(got) <= expected
        return ok, f"{len(got)} distinct pages of {len(expected)}"

    report.run(flavor, name, f"load_data(space_key={main!r}, max_num_results=5) returns 5 pages of the space", capped)

    def known_crash() -> None:
        try:
            reader.load_data(space_key=main)
            report.note(flavor, name, "space_key without max_num_results did not crash (reader fixed?)")
        except TypeError as error:
            report.note(flavor, name, f"known reader crash confirmed: space_key without max_num_results -> TypeError ({error})")
        except Exception as error:  # informational only
            report.note(flavor, name, f"space_key without max_num_results -> {type(error).__name__}: {error}")

    known_crash()

    ids = site.sample_page_ids()
    report.run(flavor, name, f"load_data(page_ids={ids})", lambda: compare_ids(doc_ids(reader.load_data(page_ids=ids)), set(ids)))

    for label in site.labels_by_reach()[:2]:
        report.run(flavor, name, f"load_data(label={label!r})", lambda label=label: compare_ids(doc_ids(reader.load_data(label=label)), site.label_pages(label)))
        report.run(
            flavor,
            name,
            f"load_data(label={label!r}, max_num_results=10000)",
            lambda label=label: compare_ids(doc_ids(reader.load_data(label=label, max_num_results=10_000)), site.label_pages(label)),
        )

    for query, expected in site.cql_cases():
        report.run(flavor, name, f"load_data(cql={query!r})", lambda query=query, expected=expected: compare_ids(doc_ids(reader.load_data(cql=query)), expected))

    def metadata() -> tuple[bool, str]:
        docs = reader.load_data(page_ids=ids[:1])
        d = docs[0]
        item = site.items[ids[0]]
        ok = d.metadata.get("page_id") == ids[0] and d.metadata.get("title") == item["title"] and d.metadata.get("status") == "current"
        ok = ok and d.metadata.get("url", "").startswith(clients.site_urls(base_url, flavor)) and bool(d.text.strip())
        return ok, f"metadata {sorted(d.metadata)}; text {len(d.text)} chars"

    report.run(flavor, name, "document metadata (page_id, title, status, url) and non-empty text", metadata)


# --------------------------------------------------------------------------- LangChain


def langchain_checks(report: Report, site: Site, flavor: str, base_url: str, creds: Credentials) -> None:
    """LangChain `ConfluenceLoader.load`.

    Quirks:
      * default limit=50 and max_pages=1000: a space larger than 1000 pages is cut.
      * space_key pages with `start=len(docs)` until an empty batch (one extra request).
      * it drops any page that is not "public": for EVERY page it calls
        `rest/api/content/{id}/restriction/byOperation` and needs
        read.restrictions.user.results and read.restrictions.group.results empty, and
        page.status == "current" (so archived pages are dropped) unless
        include_restricted_content=True.
      * label mode pages `rest/api/content/search?cql=type=page AND label="L"` with
        `start` only (no cursor, no expand), then fetches each page by id.
      * cql mode (the loader's own `cql=`) follows `_links.next` verbatim and stops
        when it is absent; it always sends includeArchivedSpaces=False.
      * Document metadata: id, title, source (= url + _links.webui), when (version.when).
      * Data Center: all four selectors work, through the same v1 paths (token= for a PAT).
    """
    name = "langchain"

    def load(**selector) -> list[str]:
        docs = clients.langchain_loader(base_url, flavor, creds, **selector).load()
        return [d.metadata["id"] for d in docs]

    for key in site.spaces:
        report.run(flavor, name, f"ConfluenceLoader(space_key={key!r}).load()", lambda key=key: compare_ids(load(space_key=key), site.space_pages(key)))

    main = site.main_space()
    report.run(flavor, name, f"ConfluenceLoader(space_key={main!r}, limit=7).load()", lambda: compare_ids(load(space_key=main, limit=7), site.space_pages(main)))

    ids = site.sample_page_ids()
    report.run(flavor, name, f"ConfluenceLoader(page_ids={ids}).load()", lambda: compare_ids(load(page_ids=ids), set(ids)))

    for label in site.labels_by_reach()[:1]:
        report.run(flavor, name, f"ConfluenceLoader(label={label!r}).load()", lambda label=label: compare_ids(load(label=label), site.label_pages(label)))

    for query, expected in site.cql_cases()[:3]:
        report.run(flavor, name, f"ConfluenceLoader(cql={query!r}, limit=7).load()", lambda query=query, expected=expected: compare_ids(load(cql=query, limit=7), expected))


# --------------------------------------------------------------------------- main

CLIENTS = {"atlassian": atlassian_checks, "llama": llama_checks, "langchain": langchain_checks}


def parse_target(text: str) -> tuple[str, str]:
    flavor, sep, url = text.partition("=")
    if not sep or flavor not in (CLOUD, DATACENTER) or not url.startswith("http"):
        raise argparse.ArgumentTypeError(f"expected cloud=URL or datacenter=URL, got {text!r}")
    return flavor, url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, help="the site directory the emulator serves")
    parser.add_argument("--target", action="append", type=parse_target, required=True, help="FLAVOR=BASE_URL, repeatable")
    parser.add_argument("--only", default=",".join(CLIENTS), help="comma-separated subset of " + ",".join(CLIENTS))
    args = parser.parse_args()

    report = Report()
    only = [c for c in args.only.split(",") if c]
    for flavor, url in args.target:
        site = Site(args.site, folders_are_pages=flavor == DATACENTER, users_by_key=flavor == DATACENTER)
        global EXPLAIN
        EXPLAIN = site.explain
        creds = clients.default_credentials(flavor)
        print(f"== {flavor} at {url} ({creds.describe()}), site {args.site}: {len(site.spaces)} spaces, {len(site.items)} items", flush=True)
        for client in only:
            CLIENTS[client](report, site, flavor, url, creds)
        if flavor == DATACENTER:
            # The same reader with DC basic auth (user + password) instead of the PAT.
            basic = clients.default_credentials(flavor, dc_basic=True)
            ids = site.sample_page_ids()
            reader = clients.llama_reader(url, flavor, basic)
            report.run(flavor, "llama", f"basic auth demo/demo: load_data(page_ids={ids})", lambda: compare_ids([d.doc_id for d in reader.load_data(page_ids=ids)], set(ids)))
            c = clients.atlassian_client(url, flavor, basic)
            report.run(flavor, "atlassian", "basic auth demo/demo: get_all_spaces", lambda: compare_ids([s["key"] for s in c.get_all_spaces(limit=500)["results"]], set(site.spaces)))
    print(f"{report.passed} passed, {report.failed} failed", flush=True)
    return 1 if report.failed or report.passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
