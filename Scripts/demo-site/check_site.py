#!/usr/bin/env python3
"""Validate a site directory against the site format rules and the demo-site requirements.

Usage: check_site.py [SITE_DIR]   (default: Assets/demo-site of this repository)

Exit status 0 when every check passes, 1 otherwise. The report lists the figures
(spaces, pages per space, depth, sizes) and every storage feature found.
"""

import html.entities
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

NS = {"ac": "http://atlassian.com/content", "ri": "http://atlassian.com/resource/identifier",
      "at": "http://atlassian.com/template"}
AC = "{%s}" % NS["ac"]
RI = "{%s}" % NS["ri"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
DIGITS = re.compile(r"^[0-9]+$")
ATT_ID = re.compile(r"^att[0-9]+$")
LABEL = re.compile(r"^[^\sA-Z]+$")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27bf]")
ROBUSTNESS_LABEL = "robustness"
SHARED_LABELS = ["runbook", "design-doc", "meeting-notes", "release-notes", "onboarding", "security",
                 "postmortem"]

_ENTITIES = "".join('<!ENTITY %s "&#%d;">' % (name, cp) for name, cp in html.entities.name2codepoint.items()
                    if name not in ("amp", "lt", "gt", "quot"))
_PROLOGUE = "<!DOCTYPE body [%s]><body %s>" % (_ENTITIES, " ".join('xmlns:%s="%s"' % kv for kv in NS.items()))


def parse_storage(text):
    """Parse a storage body as XML with the HTML entities and the ac/ri/at prefixes declared."""
    return ET.fromstring(_PROLOGUE + text + "</body>")


class Report:
    def __init__(self):
        self.errors = []
        self.lines = []

    def error(self, message):
        self.errors.append(message)

    def info(self, message):
        self.lines.append(message)

    def require(self, condition, message):
        if not condition:
            self.error(message)
        return condition


def _load_json(path, report):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as exc:
        report.error("%s: cannot read JSON (%s)" % (path, exc))
        return None


def _walk(element, ancestors=()):
    yield element, ancestors
    for child in element:
        yield from _walk(child, ancestors + (element,))


def _macro_params(macro):
    return {p.get(AC + "name"): (p.text or "") for p in macro.findall(AC + "parameter")}


class FeatureScan:
    """Collects which storage features occur in the well-formed bodies."""

    def __init__(self):
        self.found = Counter()

    def hit(self, feature):
        self.found[feature] += 1

    def scan_tree(self, root):
        for el, anc in _walk(root):
            tag = el.tag
            if tag == AC + "structured-macro":
                self._macro(el, _macro_params(el))
            elif tag in ("ul", "ol"):
                lists = [a for a in anc if a.tag in ("ul", "ol")]
                if tag == "ol" and any(a.tag == "ul" for a in lists) and len(lists) + 1 >= 3:
                    self.hit("nested lists: ordered inside unordered, 3+ levels")
            elif tag in ("td", "th"):
                if el.get("rowspan"):
                    self.hit("table cell with rowspan")
                if el.get("colspan"):
                    self.hit("table cell with colspan")
            elif tag == "tr":
                cells = list(el)
                if cells and all(c.tag == "th" for c in cells):
                    self.hit("table header row")
            elif tag == AC + "task":
                ok = all(el.find(AC + part) is not None for part in ("task-id", "task-status", "task-body"))
                state = (el.findtext(AC + "task-status") or "").strip()
                if ok and state in ("complete", "incomplete"):
                    self.hit("task (%s)" % state)
            elif tag == AC + "link":
                self._link(el)
            elif tag == AC + "image":
                if el.find(RI + "attachment") is not None:
                    self.hit("image of an attachment")
                if el.find(RI + "url") is not None:
                    self.hit("image of a URL")
                if el.find(AC + "caption") is not None:
                    self.hit("image caption")
            elif tag == AC + "emoticon":
                if el.get(AC + "name") and el.get(AC + "emoji-fallback") and el.get(AC + "emoji-shortname"):
                    self.hit("emoticon with name, shortname and fallback")
            elif tag == AC + "layout-section":
                self.hit("layout section %s" % el.get(AC + "type"))
                if el.find(AC + "layout-cell") is not None:
                    self.hit("layout cell")
            elif tag == "time" and el.get("datetime"):
                self.hit("<time datetime>")
            elif tag == AC + "adf-extension":
                node = el.find(AC + "adf-node")
                if node is not None and node.get("type") == "panel" and el.find(AC + "adf-fallback") is not None:
                    self.hit("ADF panel with fallback twin")
            elif tag == AC + "placeholder":
                self.hit("placeholder")
            elif tag == AC + "inline-comment-marker":
                self.hit("inline comment marker")
            elif tag == "a" and (el.get("href") or "").startswith(("http://", "https://", "mailto:")):
                self.hit("URL link <a href>")
            elif tag == "blockquote":
                self.hit("blockquote")

    def _macro(self, macro, params):
        name = macro.get(AC + "name")
        if name == "code":
            body = macro.findtext(AC + "plain-text-body") or ""
            if params.get("language") and params.get("title") and re.search(r"\n[ \t]+\S", body):
                self.hit("code macro with language, title and indented CDATA")
        elif name == "panel":
            if params.get("title") and params.get("bgColor"):
                self.hit("panel with title and bgColor")
        elif name == "status":
            if params.get("title") and params.get("colour"):
                self.hit("status lozenge")
        elif name == "jira":
            if params.get("key") and params.get("server"):
                self.hit("jira macro (single issue)")
            if params.get("jqlQuery"):
                self.hit("jira macro (JQL)")
        elif name in ("noformat", "info", "note", "warning", "tip", "expand", "toc", "excerpt", "anchor",
                      "children", "excerpt-include", "view-file"):
            self.hit("%s macro" % name)

    def _link(self, link):
        target = next(iter(link), None)
        has_body = link.find(AC + "plain-text-link-body") is not None or link.find(AC + "link-body") is not None
        if target is None:
            return
        if target.tag == RI + "page" and target.get(RI + "content-title") and target.get(RI + "space-key"):
            self.hit("page link with body" if has_body else "page link without body")
        elif target.tag == RI + "user" and target.get(RI + "account-id"):
            self.hit("user link (account id)")
        elif target.tag == RI + "attachment" and target.get(RI + "filename"):
            self.hit("attachment link")
        elif target.tag == RI + "url":
            self.hit("URL link (ri:url)")
        elif target.tag == RI + "space":
            self.hit("space link")
        elif target.tag == RI + "page":
            self.hit("same-space page link (no space key)")
        if link.get(AC + "anchor"):
            self.hit("anchor link")


REQUIRED_FEATURES = [
    "code macro with language, title and indented CDATA", "noformat macro", "info macro", "note macro",
    "warning macro", "tip macro", "panel with title and bgColor", "expand macro",
    "nested lists: ordered inside unordered, 3+ levels", "table cell with rowspan", "table cell with colspan",
    "table header row", "task (complete)", "task (incomplete)", "page link with body", "page link without body",
    "user link (account id)", "attachment link", "URL link <a href>", "image of an attachment",
    "image of a URL", "image caption", "emoticon with name, shortname and fallback", "status lozenge",
    "jira macro (single issue)", "layout section two_equal", "layout cell", "<time datetime>",
    "ADF panel with fallback twin", "toc macro", "excerpt macro", "anchor macro", "children macro",
    "placeholder", "inline comment marker",
]

RAW_FEATURES = [
    ("entity &nbsp;", re.compile(r"&nbsp;")),
    ("entity &mdash;", re.compile(r"&mdash;")),
    ("entity &rarr;", re.compile(r"&rarr;")),
    ("CDATA split around ]]>", re.compile(r"\]\]\]\]><!\[CDATA\[>")),
    ("raw control character in text", CONTROL),
    ("Korean text in a body", HANGUL),
    ("Japanese kana in a body", KANA),
    ("Chinese characters in a body", HAN),
    ("emoji in a body", EMOJI),
]


def check(site):
    report = Report()
    site_json = _load_json(os.path.join(site, "site.json"), report)
    if site_json is None:
        return report
    users = site_json.get("users") or []
    report.require(isinstance(site_json.get("title"), str) and site_json["title"], "site.json: title missing")
    account_ids = set()
    for u in users:
        for field in ("accountId", "userKey", "username", "displayName", "email"):
            report.require(isinstance(u.get(field), str) and u[field], "user %r: %s missing" % (u, field))
        report.require(u.get("accountId") not in account_ids, "duplicate accountId %s" % u.get("accountId"))
        account_ids.add(u.get("accountId"))
    report.require(len({u.get("username") for u in users}) == len(users), "duplicate usernames")
    report.info("users: %d" % len(users))

    spaces_dir = os.path.join(site, "spaces")
    keys = sorted(os.listdir(spaces_dir)) if os.path.isdir(spaces_dir) else []
    report.require(keys, "no spaces/ folder or it is empty")
    all_ids, att_ids = set(), set()
    label_spaces = defaultdict(set)
    features = FeatureScan()
    raw_found = Counter()
    page_counts, depths = {}, {}
    titles_by_space = {}
    records_by_space = {}
    body_texts = {}
    big_bodies = []
    hostile_title = False
    title_scripts = Counter()

    for key in keys:
        folder = os.path.join(spaces_dir, key)
        sp = _load_json(os.path.join(folder, "space.json"), report)
        pages = _load_json(os.path.join(folder, "pages.json"), report)
        if sp is None or pages is None:
            continue
        where = "space %s" % key
        report.require(sp.get("key") == key, "%s: key %r differs from folder name" % (where, sp.get("key")))
        report.require(sp.get("type") in ("global", "personal"), "%s: bad type %r" % (where, sp.get("type")))
        report.require(sp.get("status") in ("current", "archived"), "%s: bad status" % where)
        report.require((sp.get("type") == "personal") == key.startswith("~"),
                       "%s: personal spaces (and only they) have keys starting with ~" % where)
        report.require(isinstance(sp.get("id"), str) and DIGITS.match(sp["id"]), "%s: id not digits" % where)
        report.require(sp.get("id") not in all_ids, "%s: id %s not unique" % (where, sp.get("id")))
        all_ids.add(sp.get("id"))
        report.require(isinstance(sp.get("name"), str) and sp["name"], "%s: name missing" % where)
        report.require(isinstance(sp.get("description"), str), "%s: description missing" % where)
        report.require(ISO.match(sp.get("createdAt") or ""), "%s: createdAt not ISO UTC" % where)
        report.require(sp.get("authorId") in account_ids, "%s: authorId not a user" % where)
        report.require(isinstance(pages, list), "%s: pages.json is not an array" % where)

        by_id = {}
        for rec in pages:
            rid = rec.get("id")
            w = "%s page %s" % (key, rid)
            report.require(isinstance(rid, str) and DIGITS.match(rid), "%s: id not a digit string" % w)
            report.require(rid not in all_ids, "%s: id not unique across the site" % w)
            all_ids.add(rid)
            by_id[rid] = rec
            report.require(rec.get("type") in ("page", "folder"), "%s: bad type" % w)
            report.require(isinstance(rec.get("title"), str) and rec["title"], "%s: title missing" % w)
            report.require(rec.get("status") in ("current", "archived", "draft"), "%s: bad status" % w)
            report.require(isinstance(rec.get("position"), int) and rec["position"] >= 0, "%s: bad position" % w)
            report.require(isinstance(rec.get("version"), int) and rec["version"] >= 1, "%s: bad version" % w)
            for field in ("authorId", "lastModifierId"):
                report.require(rec.get(field) in account_ids, "%s: %s is not a site user" % (w, field))
            for field in ("createdAt", "modifiedAt"):
                report.require(ISO.match(rec.get(field) or ""), "%s: %s not ISO 8601 UTC" % (w, field))
            if ISO.match(rec.get("createdAt") or "") and ISO.match(rec.get("modifiedAt") or ""):
                report.require(rec["modifiedAt"] >= rec["createdAt"], "%s: modified before created" % w)
                report.require("2022-01-01" <= rec["createdAt"] <= "2025-12-31T23:59:59Z",
                               "%s: createdAt outside 2022-2025" % w)
                if rec["version"] == 1:
                    report.require(rec["modifiedAt"] == rec["createdAt"], "%s: version 1 but modified" % w)
            labels = rec.get("labels")
            report.require(isinstance(labels, list), "%s: labels not a list" % w)
            for label in labels or []:
                report.require(isinstance(label, str) and LABEL.match(label), "%s: bad label %r" % (w, label))
                label_spaces[label].add(key)
            for a in rec.get("attachments") or []:
                report.require(ATT_ID.match(a.get("id") or ""), "%s: attachment id %r" % (w, a.get("id")))
                report.require(a.get("id") not in att_ids, "%s: attachment id %s reused" % (w, a.get("id")))
                att_ids.add(a.get("id"))
                report.require(isinstance(a.get("title"), str) and a["title"], "%s: attachment title" % w)
                report.require(isinstance(a.get("mediaType"), str) and "/" in a["mediaType"],
                               "%s: attachment mediaType" % w)
                report.require(isinstance(a.get("fileSize"), int) and a["fileSize"] > 0, "%s: fileSize" % w)
                report.require(isinstance(a.get("comment"), str), "%s: attachment comment" % w)
            if rec.get("type") == "folder":
                report.require(not os.path.exists(os.path.join(folder, "bodies", "%s.xml" % rid)),
                               "%s: a folder has a body file" % w)
            if "\x1b" in (rec.get("title") or ""):
                hostile_title = True
            title = rec.get("title") or ""
            for name, rx in (("Korean", HANGUL), ("Japanese", KANA), ("Chinese", HAN), ("emoji", EMOJI)):
                if rx.search(title):
                    title_scripts[name] += 1

        # tree: parents, positions, roots, depth
        kids = defaultdict(list)
        for rec in pages:
            parent = rec.get("parentId")
            if parent is not None:
                report.require(parent in by_id, "%s page %s: parent %s not in the space" % (key, rec.get("id"), parent))
            kids[parent].append(rec)
        for parent, siblings in kids.items():
            positions = sorted(r.get("position") for r in siblings)
            report.require(positions == list(range(len(siblings))),
                           "%s: positions under %s are %s, not 0..n-1" % (key, parent, positions))
        home = sp.get("homepageId")
        report.require(home in by_id and by_id[home].get("parentId") is None and by_id[home]["type"] == "page",
                       "%s: homepageId %s is not a root page" % (where, home))

        def depth_of(rid, seen=()):
            if rid in seen:
                report.error("%s: parent cycle through %s" % (key, rid))
                return 0
            parent = by_id[rid].get("parentId")
            return 1 if parent is None or parent not in by_id else 1 + depth_of(parent, seen + (rid,))

        depths[key] = max((depth_of(r) for r in by_id), default=0)
        titles = Counter(r.get("title") for r in pages)
        for t, n in titles.items():
            report.require(n == 1, "%s: title %r used %d times" % (key, t, n))
        titles_by_space[key] = set(titles)
        records_by_space[key] = by_id
        page_counts[key] = (sum(1 for r in pages if r.get("type") == "page"),
                            sum(1 for r in pages if r.get("type") == "folder"), sp)

        # bodies
        body_dir = os.path.join(folder, "bodies")
        present = set(os.listdir(body_dir)) if os.path.isdir(body_dir) else set()
        expected = {"%s.xml" % r["id"] for r in pages if r.get("type") == "page"}
        for missing in sorted(expected - present):
            report.error("%s: missing body %s" % (key, missing))
        for extra in sorted(present - expected):
            report.error("%s: body file %s belongs to no page" % (key, extra))

    # second pass over bodies, now that every space's titles are known
    for key, by_id in records_by_space.items():
        for rid, rec in by_id.items():
            if rec.get("type") != "page":
                continue
            path = os.path.join(spaces_dir, key, "bodies", "%s.xml" % rid)
            try:
                with open(path, "rb") as f:
                    raw = f.read()
            except OSError:
                continue
            w = "%s page %s (%s)" % (key, rid, rec.get("title", "")[:40])
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                report.error("%s: body is not UTF-8" % w)
                continue
            robust = ROBUSTNESS_LABEL in (rec.get("labels") or [])
            if len(raw) > 20000:
                big_bodies.append((len(raw), key, rec["title"]))
            for name, rx in RAW_FEATURES:
                if rx.search(text):
                    raw_found[name] += 1
            if robust:
                continue
            report.require(not CONTROL.search(text), "%s: control character outside the robustness pages" % w)
            try:
                root = parse_storage(text)
            except ET.ParseError as exc:
                report.error("%s: not well-formed storage XML: %s" % (w, exc))
                continue
            features.scan_tree(root)
            plain = re.sub(r"\s+", " ", "".join(root.itertext())).strip()
            report.require(len(plain) >= 40, "%s: body has almost no text of its own" % w)
            if plain in body_texts:
                report.error("%s: same text as %s" % (w, body_texts[plain]))
            body_texts[plain] = w
            _check_references(root, key, rec, titles_by_space, account_ids, report, w)

    # figures and requirements
    total_pages = sum(n for n, _, _ in page_counts.values())
    report.info("spaces: %d" % len(page_counts))
    for key, (n, folders, sp) in page_counts.items():
        report.info("  %-7s %-9s %-9s %3d pages %2d folders  depth %d  %s"
                    % (key, sp["type"], sp["status"], n, folders, depths[key], sp["name"]))
    report.info("pages: %d (plus %d folders)" % (total_pages, sum(f for _, f, _ in page_counts.values())))
    report.info("max depth: %d" % max(depths.values(), default=0))
    report.require(total_pages >= 120, "fewer than 120 pages (%d)" % total_pages)
    report.require(len(page_counts) >= 4, "fewer than 4 spaces")
    report.require(any(sp["type"] == "personal" for _, _, sp in page_counts.values()), "no personal space")
    report.require(any(sp["status"] == "archived" for _, _, sp in page_counts.values()), "no archived space")
    report.require(max(depths.values(), default=0) >= 5, "no tree is 5 deep")
    report.require(any(f > 0 for _, f, _ in page_counts.values()), "no folders")
    shared = sorted(l for l, s in label_spaces.items() if len(s) >= 2)
    report.info("labels: %d distinct, %d shared across spaces: %s" % (len(label_spaces), len(shared), ", ".join(shared)))
    for label in SHARED_LABELS:
        report.require(len(label_spaces.get(label, ())) >= 2, "label %r is not shared across spaces" % label)
    big_bodies.sort(reverse=True)
    report.info("bodies over 20 KB: %s" % "; ".join("%s/%s %d B" % (k, t, n) for n, k, t in big_bodies))
    report.require(len(big_bodies) >= 2, "fewer than two bodies over 20 KB")
    report.require(hostile_title, "no title with an escape character")
    for name in ("Korean", "Japanese", "Chinese", "emoji"):
        report.require(title_scripts[name] > 0, "no %s in any title" % name)
    report.info("titles with Korean/Japanese/Chinese/emoji: %d/%d/%d/%d"
                % tuple(title_scripts[n] for n in ("Korean", "Japanese", "Chinese", "emoji")))
    report.info("storage features (count of occurrences):")
    for name in REQUIRED_FEATURES:
        count = features.found.get(name, 0)
        report.info("  %-55s %4d" % (name, count))
        report.require(count > 0, "storage feature missing: %s" % name)
    for name, _ in RAW_FEATURES:
        count = raw_found.get(name, 0)
        report.info("  %-55s %4d" % (name, count))
        report.require(count > 0, "storage feature missing: %s" % name)
    extra = sorted(set(features.found) - set(REQUIRED_FEATURES))
    report.info("  also present: " + ", ".join(extra))
    return report


def _check_references(root, key, rec, titles_by_space, account_ids, report, where):
    attachments = {a["title"] for a in rec.get("attachments") or []}
    for el in root.iter():
        if el.tag == RI + "page":
            space = el.get(RI + "space-key") or key
            title = el.get(RI + "content-title")
            report.require(space in titles_by_space and title in titles_by_space[space],
                           "%s: link to missing page %s/%r" % (where, space, title))
        elif el.tag == RI + "space":
            report.require(el.get(RI + "space-key") in titles_by_space,
                           "%s: link to missing space %s" % (where, el.get(RI + "space-key")))
        elif el.tag == RI + "user":
            report.require(el.get(RI + "account-id") in account_ids,
                           "%s: link to unknown user %s" % (where, el.get(RI + "account-id")))
        elif el.tag == RI + "attachment" and el.find(RI + "page") is None:
            report.require(el.get(RI + "filename") in attachments,
                           "%s: attachment %r is not attached" % (where, el.get(RI + "filename")))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    site = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.dirname(here)), "Assets", "demo-site")
    report = check(site)
    for line in report.lines:
        print(line)
    if report.errors:
        print("\nFAIL: %d problem(s)" % len(report.errors))
        for e in report.errors:
            print("  - " + e)
        return 1
    print("\nPASS: %s satisfies the site format and the demo-site requirements" % site)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
