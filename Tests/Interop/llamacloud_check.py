#!/usr/bin/env python3
"""Checks confluence-tui's data-source exports against LlamaCloud's own client libraries.

Run it in a virtual environment with `llama-cloud` installed (pip install llama-cloud==2.19.0).

    llamacloud_check.py json FILE            strict request check + response-model parse
    llamacloud_check.py python FILE          py_compile; with --expect JSON, also runs the script
                                             with the real SDK against a local capture server and
                                             compares the body it sends with the JSON export
    llamacloud_check.py typescript FILE      tsc --noEmit against a minimal ambient declaration of
                                             '@llamaindex/llama-cloud' (apt: node-typescript); with --expect JSON
                                             and node present, also runs the compiled module against
                                             a stand-in client and compares what it passes, and without
                                             CONFLUENCE_API_TOKEN, where it must stop
    llamacloud_check.py curl FILE            sh -n; with --expect JSON, runs it with a stand-in curl (no
                                             secret may be among its arguments), then with curl against
                                             a local capture server
    llamacloud_check.py samples DIR          every NAME.{json,py,ts,sh} in DIR, each script compared
                                             with NAME.json when that file exists
    llamacloud_check.py selftest DIR         proves the checks reject broken variants of DIR/full.*
    llamacloud_check.py emulator DIR --base-url URL --project-id P
                                             POSTs DIR's samples and broken variants of them to
                                             confluence-emulator's LlamaCloud endpoint (key from
                                             LLAMA_CLOUD_API_KEY): it must accept exactly the bodies
                                             the SDK's strict request types accept, and the SDK's
                                             client must read what it answers

CI (Tests/Interop/samples is kept equal to the exporter's output by the Swift test
InteropSamplesTests):
    python -m venv .venv && .venv/bin/pip install llama-cloud==2.19.0
    apt-get install -y node-typescript        # tsc 4.8; node is needed only for the run
    .venv/bin/python Tests/Interop/llamacloud_check.py samples Tests/Interop/samples --require-tsc
    .venv/bin/python Tests/Interop/llamacloud_check.py selftest Tests/Interop/samples

The TypeScript check falls back to a documented structural check (balanced brackets, closed
strings, required identifiers) when tsc is absent, unless --require-tsc is given.
Exit status is 0 only when every check passed; the last line is "N passed, N failed".
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile
import threading
import typing
from pathlib import Path

# Secrets the runs put in the environment; the comparison expects them in `api_token`.
RUN_API_KEY = "llx-check-key"
RUN_TOKEN = "confluence-check-token"


class CheckFailed(Exception):
    """One check failed; the message says why."""


# ---------------------------------------------------------------------------------------------
# llamacloud-json: the SDK's request TypedDicts, rebuilt strict, and its response model.
# ---------------------------------------------------------------------------------------------

def _strict_typed_dict(source: type, name: str, replace: dict[str, object] | None = None,
                       drop: tuple[str, ...] = ()) -> type:
    """A copy of the TypedDict `source` that pydantic validates strictly, rejecting unknown keys.

    Requiredness is read from `Required[...]` in the resolved hints (the SDK's modules use
    `from __future__ import annotations`, so `__required_keys__` is empty). Nested TypedDicts are
    made strict too; `replace` swaps a field's type (used to pin the component union to the
    Confluence component, since the union's `Dict[str, object]` arm would accept anything);
    `drop` leaves keys out.
    """
    import typing_extensions
    from pydantic import ConfigDict, with_config

    hints = typing.get_type_hints(source, include_extras=True)
    fields: dict[str, object] = {}
    for key, hint in hints.items():
        if key in drop:
            continue
        required = typing_extensions.get_origin(hint) in (typing.Required, typing_extensions.Required)
        inner = typing_extensions.get_args(hint)[0] if required else hint
        if replace and key in replace:
            inner = replace[key]
        elif typing_extensions.is_typeddict(inner):
            inner = _strict_typed_dict(inner, inner.__name__ + "Strict")
        fields[key] = typing_extensions.Required[inner] if required else typing_extensions.NotRequired[inner]
    strict = typing_extensions.TypedDict(name, fields, total=False)  # type: ignore[operator]
    return with_config(ConfigDict(extra="forbid", strict=True))(strict)


def _request_type(drop: tuple[str, ...] = ()) -> type:
    """The SDK's DataSourceCreateParams made strict, pinned to a Confluence source (type and component)."""
    from llama_cloud.types import data_source_create_params
    from llama_cloud.types.shared_params import CloudConfluenceDataSource as RequestComponent

    component_type = _strict_typed_dict(RequestComponent, "CloudConfluenceDataSourceStrict")
    return _strict_typed_dict(data_source_create_params.DataSourceCreateParams, "DataSourceCreateParamsStrict",
                              replace={"component": component_type, "source_type": typing.Literal["CONFLUENCE"]},
                              drop=drop)


def check_json(path: Path) -> dict:
    """Validates the body with the SDK's strict request types, then parses it as a response."""
    from pydantic import TypeAdapter, ValidationError
    from llama_cloud.types import DataSource
    from llama_cloud.types.shared import CloudConfluenceDataSource as ResponseComponent

    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CheckFailed(f"{path}: not JSON: {error}") from None

    try:
        TypeAdapter(_request_type()).validate_python(body)
    except ValidationError as error:
        raise CheckFailed(f"{path}: the strict request type rejects it:\n{error}") from None
    for key in ("project_id", "organization_id"):
        if key in body:
            raise CheckFailed(f"{path}: {key} belongs in the query string, not the body")
    if body.get("source_type") != "CONFLUENCE":
        raise CheckFailed(f"{path}: source_type is {body.get('source_type')!r}, not 'CONFLUENCE'")
    for key, value in body["component"].items():
        if value is None:
            raise CheckFailed(f"{path}: component.{key} is null; absent fields must be omitted")

    answer = dict(body, id="ds-check", project_id="proj-check")
    answer["component"] = {k: v for k, v in body["component"].items() if k != "api_token"}
    try:
        parsed = DataSource.model_validate(answer)
        component = ResponseComponent.model_validate(answer["component"])
    except ValidationError as error:
        raise CheckFailed(f"{path}: the response model rejects it:\n{error}") from None
    if parsed.name != body["name"] or parsed.source_type != "CONFLUENCE":
        raise CheckFailed(f"{path}: the response model read name/source_type differently")
    if component.model_extra:
        raise CheckFailed(f"{path}: the response model does not know {sorted(component.model_extra)}")
    dumped = component.model_dump(exclude_none=True)
    if dumped != answer["component"]:
        raise CheckFailed(f"{path}: the response model read the component differently:\n{dumped}\n!=\n{answer['component']}")
    return body


# ---------------------------------------------------------------------------------------------
# Capture: what a script actually sends or passes, compared with the JSON export.
# ---------------------------------------------------------------------------------------------

def _expected_body(expect: Path) -> dict:
    """The JSON export's body, with the api_token the run's environment provides unless it embeds one."""
    body = json.loads(expect.read_text(encoding="utf-8"))
    body["component"].setdefault("api_token", RUN_TOKEN)
    return body


def _compare(what: str, sent: dict, expected: dict) -> None:
    if sent != expected:
        raise CheckFailed(f"{what} differs from the JSON export:\nsent:     {json.dumps(sent, ensure_ascii=False, sort_keys=True)}\nexpected: {json.dumps(expected, ensure_ascii=False, sort_keys=True)}")


class _CaptureServer:
    """A loopback LlamaCloud stand-in that records POST /api/v1/data-sources and answers like the API."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"null")
                outer.requests.append({"path": self.path, "authorization": self.headers.get("Authorization"), "body": body})
                component = {k: v for k, v in (body or {}).get("component", {}).items() if k != "api_token"}
                answer = json.dumps({"id": "ds-captured", "name": body.get("name"), "project_id": "proj-check",
                                     "source_type": body.get("source_type"), "component": component}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "_CaptureServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def _run(command: list[str], env: dict[str, str], what: str) -> str:
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise CheckFailed(f"{what} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def check_python(path: Path, expect: Path | None) -> None:
    """Compiles the script; with `expect`, runs it with the real SDK against the capture server."""
    with tempfile.TemporaryDirectory() as scratch:
        try:
            py_compile.compile(str(path), doraise=True, cfile=str(Path(scratch) / "export.pyc"))
        except py_compile.PyCompileError as error:
            raise CheckFailed(f"{path}: does not compile: {error.msg}") from None
    if expect is None:
        return
    with _CaptureServer() as server:
        env = dict(os.environ, LLAMA_CLOUD_BASE_URL=server.base_url, LLAMA_CLOUD_API_KEY=RUN_API_KEY,
                   CONFLUENCE_API_TOKEN=RUN_TOKEN, PYTHONIOENCODING="utf-8")
        output = _run([sys.executable, str(path)], env, f"{path}: running it with the SDK")
    if len(server.requests) != 1:
        raise CheckFailed(f"{path}: expected one create call, saw {len(server.requests)}")
    request = server.requests[0]
    if not request["path"].startswith("/api/v1/data-sources"):
        raise CheckFailed(f"{path}: the SDK called {request['path']}")
    if request["authorization"] != f"Bearer {RUN_API_KEY}":
        raise CheckFailed(f"{path}: the SDK did not send the key from LLAMA_CLOUD_API_KEY")
    if output.strip() != "ds-captured":
        raise CheckFailed(f"{path}: printed {output.strip()!r} instead of the created id")
    _compare(f"{path}: the body the SDK sent", request["body"], _expected_body(expect))


# ---------------------------------------------------------------------------------------------
# TypeScript: tsc against a minimal ambient declaration, or a structural check.
# ---------------------------------------------------------------------------------------------

# The official TypeScript client's npm package (the package index lists @llamaindex/llama-cloud and no unscoped
# llama-cloud). Written for this check from run-llama/llama-cloud-ts (Stainless-generated):
# the default export `LlamaCloud` taking `{ apiKey, baseURL }` (tests/api-resources/data-sources.test.ts),
# `client.dataSources.create(params)` sending `project_id` and `organization_id` as query parameters and
# the rest as the body (src/resources/data-sources.ts), and the fields of CloudConfluenceDataSource
# (src/resources/shared.ts); stricter than the real component union (which also admits any object).
TYPESCRIPT_PACKAGE = "@llamaindex/llama-cloud"
AMBIENT_DECLARATION = """\
declare module '@llamaindex/llama-cloud' {
  export interface FailureHandlingConfig { skip_list_failures?: boolean; }
  export interface CloudConfluenceDataSource {
    authentication_mechanism: string;
    server_url: string;
    api_token?: string | null;
    class_name?: string;
    cql?: string | null;
    failure_handling?: FailureHandlingConfig;
    index_restricted_pages?: boolean;
    keep_markdown_format?: boolean;
    label?: string | null;
    page_ids?: string | null;
    space_key?: string | null;
    supports_access_control?: boolean;
    sync_permissions?: boolean;
    user_name?: string | null;
  }
  export interface DataSourceCreateParams {
    component: CloudConfluenceDataSource;
    name: string;
    source_type: 'CONFLUENCE';
    organization_id?: string | null;
    project_id?: string | null;
  }
  export interface DataSource { id: string; name: string; project_id: string; }
  export interface ClientOptions { apiKey?: string | undefined; baseURL?: string | null | undefined; }
  export default class LlamaCloud {
    constructor(options?: ClientOptions);
    dataSources: { create(params: DataSourceCreateParams): Promise<DataSource>; };
  }
}
declare const process: { env: Record<string, string | undefined> };
declare const console: { log(...values: unknown[]): void };
"""

# Stand-in client for running the compiled module: records the create call, answers with an id.
STAND_IN_CLIENT = """\
import { writeFileSync } from 'node:fs';
export default class LlamaCloud {
  constructor(options) {
    this.dataSources = {
      create: async (params) => {
        writeFileSync(process.env.CAPTURE, JSON.stringify({ options, params }));
        return { id: 'ds-captured' };
      },
    };
  }
}
"""

REQUIRED_TYPESCRIPT = [
    f"import LlamaCloud from '{TYPESCRIPT_PACKAGE}';",
    "new LlamaCloud({",
    "await client.dataSources.create({",
    "source_type: 'CONFLUENCE',",
    "component: {",
    "server_url: ",
    "authentication_mechanism: ",
]


def structural_typescript_check(text: str) -> None:
    """Brackets balance and nest, strings and comments close, and the client call's identifiers are present."""
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: list[tuple[str, int]] = []
    line = 1
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\n":
            line += 1
        elif text.startswith("//", index):
            end = text.find("\n", index)
            index = len(text) if end < 0 else end
            continue
        elif text.startswith("/*", index):
            end = text.find("*/", index + 2)
            if end < 0:
                raise CheckFailed(f"line {line}: a /* comment is not closed")
            line += text.count("\n", index, end)
            index = end + 2
            continue
        elif char in "'\"`":
            start_line = line
            index += 1
            while index < len(text) and text[index] != char:
                if text[index] == "\\":
                    index += 1
                elif text[index] == "\n":
                    if char != "`":
                        raise CheckFailed(f"line {start_line}: a string is not closed on its line")
                    line += 1
                index += 1
            if index >= len(text):
                raise CheckFailed(f"line {start_line}: a string is not closed")
        elif char in "([{":
            stack.append((char, line))
        elif char in ")]}":
            if not stack or stack[-1][0] != pairs[char]:
                raise CheckFailed(f"line {line}: '{char}' does not match an opening bracket")
            stack.pop()
        index += 1
    if stack:
        raise CheckFailed(f"line {stack[-1][1]}: '{stack[-1][0]}' is never closed")
    for needle in REQUIRED_TYPESCRIPT:
        if needle not in text:
            raise CheckFailed(f"the snippet lacks {needle!r}")


def check_typescript(path: Path, expect: Path | None, require_tsc: bool) -> str:
    """Type-checks with tsc (or checks structure); with `expect` and node, runs it and compares."""
    text = path.read_text(encoding="utf-8")
    structural_typescript_check(text)
    tsc = shutil.which("tsc")
    if tsc is None:
        if require_tsc:
            raise CheckFailed("tsc is not installed (apt-get install node-typescript)")
        return "structural check only (no tsc)"
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        (work / "export.ts").write_text(text, encoding="utf-8")
        (work / "llama-cloud-client.d.ts").write_text(AMBIENT_DECLARATION, encoding="utf-8")
        common = [tsc, "--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution", "node",
                  "--lib", "es2022"]
        _run(common + ["--noEmit", str(work / "export.ts"), str(work / "llama-cloud-client.d.ts")], dict(os.environ), f"{path}: tsc --noEmit")
        node = shutil.which("node")
        if expect is None or node is None:
            return "tsc" + ("" if expect is None else " (node absent: not run)")
        out = work / "out"
        _run(common + ["--outDir", str(out), str(work / "export.ts"), str(work / "llama-cloud-client.d.ts")], dict(os.environ), f"{path}: tsc emit")
        stand_in = out / "node_modules" / TYPESCRIPT_PACKAGE
        stand_in.mkdir(parents=True)
        (stand_in / "package.json").write_text(json.dumps({"name": TYPESCRIPT_PACKAGE, "type": "module", "main": "index.js"}))
        (stand_in / "index.js").write_text(STAND_IN_CLIENT)
        (out / "package.json").write_text('{"type": "module"}')
        capture = work / "capture.json"
        env = dict(os.environ, LLAMA_CLOUD_API_KEY=RUN_API_KEY, CONFLUENCE_API_TOKEN=RUN_TOKEN, CAPTURE=str(capture))
        output = _run([node, str(out / "export.js")], env, f"{path}: running the compiled module")
        captured = json.loads(capture.read_text(encoding="utf-8"))
        if "api_token" not in json.loads(expect.read_text(encoding="utf-8"))["component"]:
            unset = {k: v for k, v in env.items() if k != "CONFLUENCE_API_TOKEN"}
            stopped = subprocess.run([node, str(out / "export.js")], env=unset, capture_output=True, text=True, timeout=120)
            if stopped.returncode == 0 or "CONFLUENCE_API_TOKEN is not set" not in stopped.stderr:
                raise CheckFailed(f"{path}: without CONFLUENCE_API_TOKEN the module did not stop with a sentence naming it")
    if output.strip() != "ds-captured":
        raise CheckFailed(f"{path}: printed {output.strip()!r} instead of the created id")
    if captured["options"].get("apiKey") != RUN_API_KEY:
        raise CheckFailed(f"{path}: the client was not given LLAMA_CLOUD_API_KEY")
    params = captured["params"]
    params.pop("project_id", None)
    _compare(f"{path}: the parameters passed to dataSources.create", params, _expected_body(expect))
    return "tsc + node run"


# ---------------------------------------------------------------------------------------------
# curl: shell syntax, and the body it sends through a stand-in curl.
# ---------------------------------------------------------------------------------------------

# Stand-in curl: records its arguments, the header files it names (--header @FILE) and standard input.
STAND_IN_CURL = """\
#!/bin/sh
: > "$CAPTURE.arguments"
: > "$CAPTURE.headers"
for a in "$@"; do
  printf '%s\\0' "$a" >> "$CAPTURE.arguments"
  case $a in @-) ;; @*) cat "${a#@}" >> "$CAPTURE.headers" ;; esac
done
cat > "$CAPTURE.stdin"
"""


def check_curl(path: Path, expect: Path | None) -> str | None:
    """sh -n; with `expect`, runs it with a stand-in curl (no secret may be an argument, which ps shows), then
    with the real curl, when installed, against the capture server."""
    _run(["/bin/sh", "-n", str(path)], dict(os.environ), f"{path}: sh -n")
    if expect is None:
        return None
    secrets = {"LLAMA_CLOUD_API_KEY": RUN_API_KEY, "CONFLUENCE_API_TOKEN": RUN_TOKEN}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        stand_in = work / "curl"
        stand_in.write_text(STAND_IN_CURL)
        stand_in.chmod(0o755)
        capture = work / "capture"
        env = {"PATH": f"{work}:/usr/bin:/bin", "CAPTURE": str(capture), **secrets}
        _run(["/bin/sh", str(path)], env, f"{path}: running it with a stand-in curl")
        arguments = [a.decode("utf-8") for a in Path(f"{capture}.arguments").read_bytes().split(b"\0")[:-1]]
        headers = Path(f"{capture}.headers").read_text(encoding="utf-8")
        body_text = Path(f"{capture}.stdin").read_text(encoding="utf-8")
    expected = _expected_body(expect)
    for secret in [RUN_API_KEY, RUN_TOKEN, expected["component"]["api_token"]]:
        if any(secret in argument for argument in arguments):
            raise CheckFailed(f"{path}: a secret is among curl's arguments, where ps shows it")
    if f"Authorization: Bearer {RUN_API_KEY}" not in headers.splitlines():
        raise CheckFailed(f"{path}: no Bearer header from LLAMA_CLOUD_API_KEY in the header file")
    try:
        body = json.loads(body_text)
    except ValueError as error:
        raise CheckFailed(f"{path}: standard input is not the JSON body: {error}") from None
    _compare(f"{path}: the body curl would send", body, expected)
    curl = shutil.which("curl")
    if curl is None:
        return "stand-in curl only (no curl)"
    with _CaptureServer() as server, tempfile.TemporaryDirectory() as scratch:
        url = next(a for a in arguments if a.startswith(("http://", "https://")))
        local = Path(scratch) / "export.sh"
        local.write_text(path.read_text(encoding="utf-8").replace(url.split("/api/")[0], server.base_url, 1), encoding="utf-8")
        _run(["/bin/sh", str(local)], dict(os.environ, **secrets), f"{path}: running it with curl")
    if len(server.requests) != 1 or server.requests[0]["authorization"] != f"Bearer {RUN_API_KEY}":
        raise CheckFailed(f"{path}: curl did not send one create call with the key from LLAMA_CLOUD_API_KEY")
    _compare(f"{path}: the body curl sent", server.requests[0]["body"], expected)
    return "stand-in + curl run"


# ---------------------------------------------------------------------------------------------
# Self-test: the checks must reject broken exports, or they prove nothing.
# ---------------------------------------------------------------------------------------------

def _mutations(body: dict) -> list[tuple[str, dict]]:
    def changed(change: typing.Callable[[dict], None]) -> dict:
        copy = json.loads(json.dumps(body))
        change(copy)
        return copy

    return [
        ("an unknown top-level field", changed(lambda b: b.update(extra=1))),
        ("an unknown component field", changed(lambda b: b["component"].update(space_keys="X"))),
        ("a boolean written as a string", changed(lambda b: b["component"].update(keep_markdown_format="true"))),
        ("page_ids as a list", changed(lambda b: b["component"].update(page_ids=[1, 2]))),
        ("no server_url", changed(lambda b: b["component"].pop("server_url"))),
        ("another source_type", changed(lambda b: b.update(source_type="S3"))),
        ("an unknown failure_handling field", changed(lambda b: b["component"].update(failure_handling={"skip": True}))),
        ("a null field", changed(lambda b: b["component"].update(label=None))),
        ("project_id in the body", changed(lambda b: b.update(project_id="p"))),
    ]


def self_test(directory: Path) -> list[tuple[str, typing.Callable[[], object]]]:
    """Checks that each check rejects a broken variant of the `full` sample in `directory`."""
    body = json.loads((directory / "full.json").read_text(encoding="utf-8"))
    typescript = (directory / "full.ts").read_text(encoding="utf-8")
    checks: list[tuple[str, typing.Callable[[], object]]] = []

    def rejects(what: str, run: typing.Callable[[Path], object], text: str, suffix: str) -> None:
        def check() -> None:
            with tempfile.TemporaryDirectory() as scratch:
                file = Path(scratch) / f"broken{suffix}"
                file.write_text(text, encoding="utf-8")
                try:
                    run(file)
                except CheckFailed:
                    return
            raise CheckFailed(f"the check accepted {what}")
        checks.append((f"rejects {what}", check))

    for what, mutated in _mutations(body):
        rejects(what, check_json, json.dumps(mutated), ".json")
    rejects("a Python syntax error", lambda f: check_python(f, None), "client = LlamaCloud(\n", ".py")
    rejects("a misspelt TypeScript field", lambda f: check_typescript(f, None, True),
            typescript.replace("space_key:", "spaceKey:"), ".ts")
    rejects("an import of the unscoped llama-cloud package", lambda f: check_typescript(f, None, True),
            typescript.replace(f"'{TYPESCRIPT_PACKAGE}'", "'llama-cloud'"), ".ts")
    rejects("an unclosed TypeScript string", lambda f: structural_typescript_check(f.read_text()),
            typescript.replace("'ENG'", "'ENG"), ".ts")
    rejects("an unbalanced TypeScript bracket", lambda f: structural_typescript_check(f.read_text()),
            typescript.replace("});", ");"), ".ts")
    rejects("a shell syntax error", lambda f: check_curl(f, None), "curl 'unclosed\n", ".sh")
    curl = (directory / "full.sh").read_text(encoding="utf-8")
    rejects("the key as a curl argument", lambda f: check_curl(f, directory / "full.json"),
            curl.replace("--header @/dev/fd/3", '--header "Authorization: Bearer $LLAMA_CLOUD_API_KEY"'), ".sh")
    return checks


# ---------------------------------------------------------------------------------------------
# The emulator: it must accept exactly what the SDK's types accept, and answer what the SDK reads.
# ---------------------------------------------------------------------------------------------

def emulator_checks(directory: Path, base_url: str, project_id: str) -> list[tuple[str, typing.Callable[[], object]]]:
    """One check per body: the samples, and the self-test's broken variants plus a few more."""
    import urllib.error
    import urllib.request
    from pydantic import TypeAdapter, ValidationError

    key = os.environ["LLAMA_CLOUD_API_KEY"]
    # The SDK sends project_id and organization_id in the query, never in the body.
    body_type = TypeAdapter(_request_type(drop=("project_id", "organization_id")))
    full = json.loads((directory / "full.json").read_text(encoding="utf-8"))

    def changed(change: typing.Callable[[dict], None]) -> dict:
        copy = json.loads(json.dumps(full))
        change(copy)
        return copy

    cases = [(f"sample {f.name}", json.loads(f.read_text(encoding="utf-8"))) for f in sorted(directory.glob("*.json"))]
    cases += _mutations(full) + [
        ("custom_metadata", changed(lambda b: b.update(custom_metadata={"team": "docs", "weight": 1.5}))),
        ("a null api_token", changed(lambda b: b["component"].update(api_token=None))),
        ("a null class_name", changed(lambda b: b["component"].update(class_name=None))),
        ("a boolean written as 1", changed(lambda b: b["component"].update(sync_permissions=1))),
        ("no authentication_mechanism", changed(lambda b: b["component"].pop("authentication_mechanism"))),
        ("a number as the name", changed(lambda b: b.update(name=7))),
    ]

    def post(body: dict) -> tuple[int, bytes]:
        request = urllib.request.Request(
            f"{base_url}/api/v1/data-sources?project_id={project_id}", data=json.dumps(body).encode(), method="POST",
            headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    checks: list[tuple[str, typing.Callable[[], object]]] = []
    for index, (what, body) in enumerate(cases):
        def check(what: str = what, body: dict = body, index: int = index) -> str:
            if isinstance(body.get("name"), str):
                body = dict(body, name=f"{body['name']}-{index}")
            try:
                body_type.validate_python(body)
                sdk_accepts = True
            except ValidationError:
                sdk_accepts = False
            status, answer = post(body)
            if status not in (200, 422):
                raise CheckFailed(f"{what}: the emulator answered {status}: {answer[:300]!r}")
            if (status == 200) != sdk_accepts:
                verdict = "accepts" if sdk_accepts else "refuses"
                raise CheckFailed(f"{what}: the SDK's types {verdict} it but the emulator answered {status}: {answer[:300]!r}")
            return "accepted" if sdk_accepts else "refused by both"
        checks.append((f"emulator agrees on {what}", check))

    def sdk_round_trip() -> str:
        from llama_cloud import LlamaCloud

        client = LlamaCloud(api_key=key, base_url=base_url)
        component = dict(full["component"], api_token="confluence-check-token")
        created = client.data_sources.create(name="sdk-round-trip", source_type="CONFLUENCE", component=component,
                                             project_id=project_id)
        listed = client.data_sources.list(project_id=project_id)
        if created.id not in [source.id for source in listed] or created.project_id != project_id:
            raise CheckFailed(f"the SDK created {created.id} but the listing has {[source.id for source in listed]}")
        fetched = client.data_sources.get(created.id)
        if fetched.name != "sdk-round-trip" or fetched.created_at is None:
            raise CheckFailed(f"the SDK read the data source differently: {fetched}")
        return "create, list and get through the SDK client"
    checks.append(("the SDK client against the emulator", sdk_round_trip))
    return checks


# ---------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["json", "python", "typescript", "curl", "samples", "selftest", "emulator"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--expect", type=Path, help="the llamacloud-json export of the same definition")
    parser.add_argument("--require-tsc", action="store_true", help="fail when tsc is not installed")
    parser.add_argument("--base-url", help="emulator: the LlamaCloud base URL of confluence-emulator")
    parser.add_argument("--project-id", help="emulator: a project the key may use")
    args = parser.parse_args()

    checks: list[tuple[str, typing.Callable[[], object]]] = []
    if args.kind == "selftest":
        checks = self_test(args.path)
    elif args.kind == "emulator":
        if not args.base_url or not args.project_id:
            parser.error("emulator needs --base-url and --project-id")
        checks = emulator_checks(args.path, args.base_url, args.project_id)
    elif args.kind == "samples":
        for file in sorted(args.path.iterdir()):
            expect = file.with_suffix(".json")
            expect = expect if expect.exists() and file.suffix != ".json" else None
            runner = {
                ".json": lambda f=file: check_json(f),
                ".py": lambda f=file, e=expect: check_python(f, e),
                ".ts": lambda f=file, e=expect: check_typescript(f, e, args.require_tsc),
                ".sh": lambda f=file, e=expect: check_curl(f, e),
            }.get(file.suffix)
            if runner:
                checks.append((file.name, runner))
    else:
        single = {
            "json": lambda: check_json(args.path),
            "python": lambda: check_python(args.path, args.expect),
            "typescript": lambda: check_typescript(args.path, args.expect, args.require_tsc),
            "curl": lambda: check_curl(args.path, args.expect),
        }[args.kind]
        checks.append((args.path.name, single))

    passed = failed = 0
    for name, check in checks:
        try:
            note = check()
            passed += 1
            print(f"ok   {name}" + (f" ({note})" if isinstance(note, str) else ""))
        except CheckFailed as error:
            failed += 1
            print(f"FAIL {name}: {error}")
    if not checks:
        print(f"no exports found in {args.path}")
        failed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
