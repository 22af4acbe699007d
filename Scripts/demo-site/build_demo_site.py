#!/usr/bin/env python3
"""Write the Acme Robotics demo Confluence site in the site directory format.

Usage: build_demo_site.py [OUTPUT_DIR]   (default: Assets/demo-site of this repository)

The output is deterministic: ids, timestamps and versions are derived from the
page titles and a fixed seed, so running it twice gives byte-identical files.
Only `site.json` and `spaces/` are replaced; a README.md in OUTPUT_DIR is kept.
"""

import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import storage  # noqa: E402
from users import USERS, ID  # noqa: E402
import content_eng  # noqa: E402
import content_ops  # noqa: E402
import content_prod  # noqa: E402
import content_alice  # noqa: E402
import content_arch  # noqa: E402
import content_apac  # noqa: E402

SITE_TITLE = "Acme Robotics Engineering (demo)"
MODULES = [content_eng, content_ops, content_prod, content_apac, content_alice, content_arch]
FIRST_PAGE_ID = 65601
FIRST_SPACE_ID = 98305
FIRST_ATTACHMENT_ID = 1310721


def _h(*parts):
    """A stable integer from strings (Python's hash() is salted per process)."""
    return int(hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)


def _parse(value):
    if len(value) == 10:
        return dt.datetime.strptime(value, "%Y-%m-%d").replace(hour=9, minute=30)
    return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")


def _iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _working_hours(moment, seed):
    """Move a timestamp to a plausible office hour, keeping its date."""
    if moment.hour != 9 or moment.minute != 30:
        return moment
    return moment.replace(hour=7 + _h(seed, "hour") % 11, minute=_h(seed, "min") % 60,
                          second=_h(seed, "sec") % 60)


def _edit_window(node):
    """How many days after creation a page typically keeps being edited."""
    labels = set(node["labels"])
    if labels & {"meeting-notes", "1on1"}:
        return 10
    if labels & {"release-notes", "postmortem", "adr", "interview"}:
        return 90
    return 420


class Builder:
    def __init__(self):
        self.next_page_id = FIRST_PAGE_ID
        self.next_att_id = FIRST_ATTACHMENT_ID
        self.rng = random.Random(20250301)

    def page_id(self):
        value = self.next_page_id
        self.next_page_id += self.rng.choice([1, 1, 2, 3, 5, 8, 13, 21])
        return str(value)

    def att_id(self):
        value = self.next_att_id
        self.next_att_id += self.rng.choice([1, 2, 7, 11])
        return "att%d" % value

    def build_space(self, spec, index):
        key = spec["key"]
        until = _parse(spec["until"])
        created = _working_hours(_parse(spec["created"]), key)
        records, bodies = [], {}

        def walk(node, parent, parent_created, parent_author, position):
            pid = self.page_id()
            seed = key + "/" + node["title"]
            author = node["by"] or parent_author
            if node["created"]:
                made = _working_hours(_parse(node["created"]), seed)
            else:
                days = _h(seed, "created") % 40
                made = min(parent_created + dt.timedelta(days=days), until - dt.timedelta(days=2))
                made = made.replace(hour=7 + _h(seed, "hour") % 11, minute=_h(seed, "min") % 60,
                                    second=_h(seed, "sec") % 60)
            if node["modified"]:
                changed = _parse(node["modified"])
            elif node["version"] == 1:
                changed = made
            else:
                changed = made + dt.timedelta(days=_h(seed, "modified") % _edit_window(node),
                                              minutes=30 + _h(seed, "m") % 480)
                if changed > until:
                    # pages still being edited near the end of the site's history: spread their last edits
                    changed = until - dt.timedelta(days=_h(seed, "late") % 75, minutes=_h(seed, "lm") % 900)
            if changed < made:
                changed = made
            version = node["version"]
            if version is None:
                span = (changed - made).days
                version = 1 if changed == made else 2 + min(span // 30, 18) + _h(seed, "v") % 3
            editor = node["edited_by"] or (author if version == 1 or _h(seed, "ed") % 3 else
                                           sorted(ID)[_h(seed, "who") % len(ID)])
            record = {
                "id": pid, "type": node["type"], "title": node["title"],
                "parentId": parent, "position": position, "status": node["status"],
                "labels": node["labels"], "authorId": ID[author], "createdAt": _iso(made),
                "lastModifierId": ID[editor], "modifiedAt": _iso(changed), "version": version,
                "attachments": [dict({"id": self.att_id()}, **a) for a in node["attachments"]],
            }
            records.append(record)
            if node["type"] == "page":
                bodies[pid] = storage.pretty(node["body"]) if spec["line_breaks"] else node["body"]
            for i, kid in enumerate(node["kids"]):
                walk(kid, pid, made, author, i)
            return pid

        roots = spec["roots"]
        home_id = walk(roots[0], None, created, spec["by"], 0)
        for i, extra in enumerate(roots[1:], start=1):
            walk(extra, None, created, spec["by"], i)
        space_json = {
            "id": str(FIRST_SPACE_ID + index * 32768), "key": key, "name": spec["name"],
            "type": spec["type"], "status": spec["status"], "description": spec["description"],
            "homepageId": home_id, "createdAt": _iso(created), "authorId": ID[spec["by"]],
        }
        return space_json, records, bodies


def _write_json(path, value):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(value, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.dirname(HERE)), "Assets", "demo-site")
    os.makedirs(out, exist_ok=True)
    shutil.rmtree(os.path.join(out, "spaces"), ignore_errors=True)
    builder = Builder()
    _write_json(os.path.join(out, "site.json"), {"title": SITE_TITLE, "users": USERS})
    total = 0
    for index, module in enumerate(MODULES):
        storage.reset_counters()
        spec = module.build()
        space_json, records, bodies = builder.build_space(spec, index)
        folder = os.path.join(out, "spaces", spec["key"])
        os.makedirs(os.path.join(folder, "bodies"))
        _write_json(os.path.join(folder, "space.json"), space_json)
        _write_json(os.path.join(folder, "pages.json"), records)
        for pid, body in bodies.items():
            with open(os.path.join(folder, "bodies", pid + ".xml"), "wb") as f:
                f.write(body.encode("utf-8"))
        total += len(records)
        print("%-6s %3d items" % (spec["key"], len(records)))
    print("total  %3d items written to %s" % (total, out))


if __name__ == "__main__":
    main(sys.argv)
