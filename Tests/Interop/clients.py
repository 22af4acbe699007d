"""Builds the three real Python Confluence clients against one emulator base URL.

Shared by interop.py, reader_pages.py and Benchmarks/ingest-peers.py so that every
script points the clients at the emulator in exactly the same, unchanged way a user
would point them at a real site.

Base URL conventions (what a user types for a real site):
  * Cloud: every client wants the site URL *with* the `/wiki` context path
    (https://SITE.atlassian.net/wiki). atlassian-python-api only appends `/wiki` on its
    own when the host contains "atlassian.net", which 127.0.0.1 does not, so we pass it.
  * Data Center: the server root including any context path (no /wiki, no v2).
The emulator may print its Cloud base URL with or without `/wiki`; `site_urls` accepts both.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

CLOUD = "cloud"
DATACENTER = "datacenter"

# The emulator's documented demo credentials (issue 3). Public demo values, still never printed.
CLOUD_USER = "demo@example.com"
CLOUD_TOKEN = "demo-token"
DC_PAT = "demo-pat"
DC_USER = "demo"
DC_PASSWORD = "demo"


@dataclasses.dataclass(frozen=True)
class Credentials:
    """One way to authenticate: basic (user + password/API token) or a bearer PAT."""

    user: Optional[str] = None
    secret: Optional[str] = None  # password, Cloud API token or DC PAT
    bearer: bool = False  # True: send `Authorization: Bearer <secret>` (DC PAT)

    def describe(self) -> str:
        """A label for output that never includes the secret."""
        return "bearer PAT" if self.bearer else f"basic {self.user}"


def default_credentials(flavor: str, dc_basic: bool = False) -> Credentials:
    """The demo account of a flavour (DC: the PAT unless dc_basic)."""
    if flavor == CLOUD:
        return Credentials(user=CLOUD_USER, secret=CLOUD_TOKEN)
    if dc_basic:
        return Credentials(user=DC_USER, secret=DC_PASSWORD)
    return Credentials(secret=DC_PAT, bearer=True)


def site_urls(base_url: str, flavor: str) -> str:
    """The URL every client is given: Cloud `<root>/wiki`, DC the base URL with its context path.

    Tolerates a printed URL that already points below the site root (`.../wiki/api/v2`,
    `.../rest/api`), cutting it back to what a user would type.
    """
    url = base_url.rstrip("/")
    if flavor == CLOUD:
        head, sep, _ = url.partition("/wiki")
        return (head if sep else url) + "/wiki"
    head, sep, _ = url.partition("/rest/")
    return head if sep else url


def atlassian_client(base_url: str, flavor: str, creds: Credentials):
    """atlassian-python-api `Confluence`, constructed as its README shows."""
    from atlassian import Confluence

    url = site_urls(base_url, flavor)
    cloud = flavor == CLOUD
    if creds.bearer:
        return Confluence(url=url, token=creds.secret, cloud=cloud)
    return Confluence(url=url, username=creds.user, password=creds.secret, cloud=cloud)


def llama_reader(base_url: str, flavor: str, creds: Credentials):
    """LlamaIndex `ConfluenceReader`.

    Quirks:
      * `api_token=` means *Bearer* (a DC personal access token). A Cloud API token is
        basic auth, so on Cloud it is passed as `user_name` + `password`.
      * The reader wraps atlassian-python-api, so every request it makes is that
        library's v1 REST call (see ENDPOINTS.md); it never touches Cloud v2.
    """
    from llama_index.readers.confluence import ConfluenceReader

    url = site_urls(base_url, flavor)
    cloud = flavor == CLOUD
    if creds.bearer:
        return ConfluenceReader(base_url=url, api_token=creds.secret, cloud=cloud)
    return ConfluenceReader(base_url=url, user_name=creds.user, password=creds.secret, cloud=cloud)


def langchain_loader(base_url: str, flavor: str, creds: Credentials, **selector):
    """LangChain `ConfluenceLoader` with one selector (space_key=, page_ids=, label=, cql=).

    Quirks:
      * `api_key` is the basic-auth password (Cloud API token or DC password) and needs
        `username`; a DC PAT goes in `token=` (Bearer).
      * `cloud=` only matters for atlassian-python-api internals; URLs are the same.
    """
    from langchain_community.document_loaders import ConfluenceLoader

    url = site_urls(base_url, flavor)
    cloud = flavor == CLOUD
    if creds.bearer:
        return ConfluenceLoader(url=url, token=creds.secret, cloud=cloud, **selector)
    return ConfluenceLoader(url=url, username=creds.user, api_key=creds.secret, cloud=cloud, **selector)


def add_connection_arguments(parser) -> None:
    """--base-url/--flavor/--user/--token/--dc-basic, shared by the command-line scripts."""
    parser.add_argument("--base-url", required=True, help="the base URL the emulator printed")
    parser.add_argument("--flavor", choices=[CLOUD, DATACENTER], default=CLOUD)
    parser.add_argument("--user", help="basic-auth user (Cloud e-mail or DC user name)")
    parser.add_argument(
        "--token",
        help="secret: Cloud API token, DC password (with --user) or DC PAT (without --user); "
        "defaults to the emulator's demo credentials",
    )
    parser.add_argument("--dc-basic", action="store_true", help="DC: use demo/demo basic auth instead of the PAT")


def credentials_from_arguments(args) -> Credentials:
    """Credentials from parsed add_connection_arguments options."""
    if args.token is None and args.user is None:
        return default_credentials(args.flavor, dc_basic=args.dc_basic)
    if args.user is None:
        if args.flavor == CLOUD:
            raise SystemExit("Cloud needs --user (the account e-mail) together with --token")
        return Credentials(secret=args.token, bearer=True)
    if args.token is None:
        raise SystemExit("--user needs --token (the API token or password)")
    return Credentials(user=args.user, secret=args.token)
