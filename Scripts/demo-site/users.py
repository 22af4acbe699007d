"""The people of the fictional Acme Robotics wiki."""

import hashlib
import uuid


def _hex(seed, n):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def _account_id(username, style):
    # Cloud has two id shapes: 24 hex digits (older accounts) and "557058:<uuid>".
    if style == "uuid":
        return "557058:" + str(uuid.uuid5(uuid.NAMESPACE_DNS, username + ".acme-robotics.example"))
    return _hex("acct-" + username, 24)


_PEOPLE = [
    ("alice", "Alice Nakamura", "hex"),
    ("bob", "Bob Okafor", "hex"),
    ("chen", "Chen Wei", "uuid"),
    ("dana", "Dana Whitfield", "hex"),
    ("eunji", "Kim Eun-ji (김은지)", "uuid"),
    ("farid", "Farid Haddad", "hex"),
    ("yuki", "田中 由紀 (Yuki Tanaka)", "uuid"),
]

USERS = [
    {
        "accountId": _account_id(name, style),
        "userKey": "ff808081" + _hex("key-" + name, 24),
        "username": name,
        "displayName": display,
        "email": "%s@acme-robotics.example" % name,
    }
    for name, display, style in _PEOPLE
]

# Short handles used by the content modules: ID["alice"] -> accountId.
ID = {u["username"]: u["accountId"] for u in USERS}
