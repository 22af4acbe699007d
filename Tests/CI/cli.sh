#!/usr/bin/env bash
# The headless CLI as a script meets it: bad input and unreachable sites give one sentence and a failing exit
# status, quickly, against the emulator binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
source Tests/Interop/emulator_lib.sh
bin="$(swift build --show-bin-path)"
tui="$bin/confluence-tui"
work="$(mktemp -d)"
trap 'stop_all_emulators; rm -rf "$work"' EXIT
export CONFLUENCE_TUI_HOME="$work/home"
passed=0
failed=0

# expect NAME STATUS PATTERN COMMAND...: COMMAND (stdin from /dev/null, at most 30 s) exits with STATUS and
# prints a line matching PATTERN (grep -E) on stdout or stderr.
expect() {
  local name="$1" status="$2" pattern="$3" output got=0
  shift 3
  output="$(timeout 30 "$@" </dev/null 2>&1)" || got=$?
  if [[ $got == "$status" ]] && grep -qE -- "$pattern" <<<"$output"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'FAIL %s: exit %s (wanted %s), output:\n%s\n' "$name" "$got" "$status" "$(sed 's/^/  /' <<<"$output")" >&2
  fi
}

printf '<p>plain &amp; simple</p>\n' >"$work/page.xml"
expect "render a file" 0 '^plain & simple$' "$tui" render "$work/page.xml" --format plain
printf '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[all:\n\tgo build]]></ac:plain-text-body></ac:structured-macro>' >"$work/code.xml"
expect "code keeps its tabs in plain text" 0 $'^\tgo build$' "$tui" render "$work/code.xml" --format plain
expect "code keeps its tabs in Markdown" 0 $'^\tgo build$' "$tui" render "$work/code.xml" --format markdown
printf '<p>caf\xe9 \xff ok</p>' >"$work/latin1.xml"
expect "render names input that is not UTF-8" 0 '^warning: .*latin1.xml is not all UTF-8: 2 byte sequences \(the first at byte offset 6\) show as' \
  "$tui" render "$work/latin1.xml" --format plain
expect "render shows each bad sequence as U+FFFD" 0 $'^caf\uFFFD \uFFFD ok$' "$tui" render "$work/latin1.xml" --format plain
if "$tui" render "$work/page.xml" --format plain 2>&1 >/dev/null | grep -q .; then
  failed=$((failed + 1)); echo "FAIL render of a UTF-8 file wrote to stderr" >&2
else
  passed=$((passed + 1))
fi
for format in text plain markdown; do
  if [[ "$(printf '' | "$tui" render - --format "$format" | wc -c)" != 0 ]]; then
    failed=$((failed + 1)); echo "FAIL an empty body rendered as $format printed something" >&2
  else
    passed=$((passed + 1))
  fi
done
expect "render a missing file" 1 'could not read /nonexistent/page.xml: No such file or directory' "$tui" render /nonexistent/page.xml
expect "render an empty file name" 2 '^error: the file name is empty' "$tui" render ''
expect "render a folder" 1 "could not read $work: Is a directory" "$tui" render "$work"
expect "a width past the widest layout" 2 "--width must be between 1 and 10000" "$tui" render "$work/page.xml" --width 99999
if [[ -w /dev/full ]]; then
  expect "output that cannot be written is a failure" 1 '^error: could not write the output: No space left on device$' \
    bash -c '"$0" render "$1" > /dev/full' "$tui" "$work/page.xml"
  expect "JSON that cannot be written is a failure, not a trap" 1 '^error: could not write the output: No space left on device$' \
    bash -c '"$0" accounts list --json > /dev/full' "$tui"
fi
expect "a reader that stopped reading ends it quietly, as SIGPIPE would" 141 '^$' \
  bash -c '"$0" render "$1" --format markdown | (exec 0<&-; sleep 1); exit "${PIPESTATUS[0]}"' "$tui" "$work/page.xml"
printf '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[0123456789012345678901234567890]]></ac:plain-text-body></ac:structured-macro>' \
  >"$work/long-code.xml"
if command -v script >/dev/null 2>&1; then
  expect "render waits on no keyboard" 2 'give a storage-format file, or pipe one in' script -qec "$tui render" /dev/null
  expect "plain text on a terminal is measured on stderr" 0 '^14 characters, about 5 tokens \(estimated as preview --help says\)' \
    script -qec "$tui render $work/page.xml --format plain > $work/plain.txt" /dev/null
  if [[ "$(cat "$work/plain.txt")" != "plain & simple" ]]; then failed=$((failed + 1)); echo 'FAIL plain text to a file holds the text alone' >&2; fi
  expect "a code line wider than a terminal is cut there" 0 $'^0123456789012345678\xe2\x80\xa6\r?$' \
    script -qec "NO_COLOR=1 $tui render $work/long-code.xml --width 20" /dev/null
  expect "a code line wider than an ASCII terminal is cut with >" 0 $'^0123456789012345678>\r?$' \
    script -qec "NO_COLOR=1 $tui render $work/long-code.xml --width 20 --ascii" /dev/null
fi
expect "a code line goes whole into a pipe, to be copied or scrolled" 0 '^0123456789012345678901234567890$' \
  "$tui" render "$work/long-code.xml" --width 20

expect "the browser without a terminal" 1 '^error: The browser needs a terminal, but its input or output is a pipe or a file' "$tui"
expect "the demo without a terminal" 1 '^error: The browser needs a terminal' "$tui" demo
expect "the version" 0 '^[0-9]+\.[0-9]+\.[0-9]+$' "$tui" --version
expect "a mistyped subcommand" 2 "^error: unknown subcommand 'pages'; did you mean 'page'\?$" "$tui" pages ENG
expect "a mistyped subcommand points to the help" 2 "See 'confluence-tui --help'" "$tui" pages ENG
expect "help for a subcommand that is not there" 2 "^error: unknown subcommand 'nope'$" "$tui" help nope
expect "a mistyped subcommand asked for help" 2 "^error: unknown subcommand 'pages'; did you mean 'page'\?$" "$tui" pages --help
expect "a mistyped nested subcommand" 2 "^error: unknown subcommand 'accounts lst'; did you mean 'accounts list'\?$" "$tui" accounts lst
expect "two letters swapped are one edit" 2 "^error: unknown subcommand 'sources lsit'; did you mean 'sources list'\?$" "$tui" sources lsit
expect "a word far from every subcommand" 2 "^error: unknown subcommand 'xyzzy'$" "$tui" xyzzy
expect "--json without a subcommand names the ones that take it" 2 "^error: the browser is interactive and has no --json; the headless subcommands take it, such as 'confluence-tui spaces --json'" "$tui" --json
expect "the parser's errors start as the commands' do" 2 "^error: Unknown option '--nope'" "$tui" spaces --nope
started=$SECONDS
expect "a host that does not exist is named, once" 1 '^error: could not find the host no-such-host\.invalid \(DNS\) on .*; check the site.s address$' \
  env CONFLUENCE_API_TOKEN=x "$tui" spaces --site https://no-such-host.invalid
unknown_host="$(env CONFLUENCE_API_TOKEN=x "$tui" spaces --site https://no-such-host.invalid 2>&1 || true)"
if grep -q 'after [0-9] attempts' <<<"$unknown_host"; then
  failed=$((failed + 1)); echo "FAIL a host that does not exist was retried" >&2
fi
if [[ "$(grep -c 'no-such-host' <<<"$unknown_host")" != 1 ]]; then
  failed=$((failed + 1)); printf 'FAIL a host that does not exist was named more than once:\n%s\n' "$unknown_host" >&2
fi
expect "a refused port" 1 'the connection was refused .* after 5 attempts' \
  env CONFLUENCE_TOKEN=x "$tui" whoami --site http://127.0.0.1:1 --user a --token-env CONFLUENCE_TOKEN
if ((SECONDS - started > 20)); then
  failed=$((failed + 1))
  echo "FAIL a refused port took $((SECONDS - started)) s" >&2
fi

expect "with no account at all, a test points to accounts add" 2 '^error: no account is configured; add one with confluence-tui accounts add' \
  env CONFLUENCE_TUI_HOME="$work/empty-home" "$tui" accounts test
start_emulator "$bin/confluence-emulator" "$work/emulator.log" --site Assets/demo-site --request-log "$work/requests.log"
echo demo-token | "$tui" accounts add emu --site "$EMU_BASE_URL" --auth cloud-basic --user demo@example.com \
  --secret-stdin --default >/dev/null
page="$("$tui" tree ENG --json | grep -oE '"id" *: *"[0-9]+"' | head -n 1 | grep -oE '[0-9]+')"

expect "a Cloud site without a user is told it needs one" 1 'a Cloud site signs in with an email and an API token: give --user' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" whoami --site "$EMU_BASE_URL" --kind cloud
expect "a page id that is not a number" 2 '"abc" is not a page id: page ids are digits' "$tui" page abc
if grep -q '/abc' "$work/requests.log"; then
  failed=$((failed + 1)); echo "FAIL page abc sent a request" >&2
fi
expect "--json beside another --format" 2 '--json and --format plain ask for two different outputs' "$tui" page "$page" --format plain --json
expect "--json beside --format json" 0 '"storage_body" : ' "$tui" page "$page" --format json --json
expect "a children macro names the page's children" 0 '^\[children: macOS setup, Linux setup\]$' "$tui" page 65919 --format text --width 100
expect "--width for the storage body" 2 '--width and --ascii lay out terminal text, which --format storage is not' "$tui" page "$page" --width 40
expect "--ascii for Markdown, which has no borders to draw" 2 'which --format markdown is not: pass --format text, or drop them' "$tui" render "$work/page.xml" --format markdown --ascii
# Into a pipe the storage body is exact, its control characters (page 66029 holds BEL, ESC, VT, FF, U+2028) included.
if ! "$tui" page 66029 | python3 -c 'import json, sys; body = json.load(open(sys.argv[1]))["storage_body"]; sys.exit(sys.stdin.buffer.read() != body.encode())' \
    <("$tui" page 66029 --json); then
  failed=$((failed + 1)); echo "FAIL page --format storage into a pipe is not the body as stored" >&2
else
  passed=$((passed + 1))
fi
expect "--count beside --limit" 2 '--count prints only the number of hits, which --limit does not change' "$tui" search 'space = ENG' --count --limit 3
expect "site flags beside --account" 2 'account emu brings its own site, user and secret, so --user and --kind would change nothing' \
  "$tui" whoami --account emu --user a@example.com --kind cloud
expect "a Cloud site at another address, found by its cloudId" 0 'on http://127\.0\.0\.1:[0-9]+ \[Cloud\]' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" whoami --site "$EMU_BASE_URL" --user demo@example.com
expect "a refused token on a Cloud site found by its cloudId" 1 '^error: 401: .*demo@example\.com' \
  env CONFLUENCE_API_TOKEN=wrong "$tui" whoami --site "$EMU_BASE_URL" --user demo@example.com
if env CONFLUENCE_API_TOKEN=wrong "$tui" whoami --site "$EMU_BASE_URL" --user demo@example.com 2>&1 | grep -q -- '--kind cloud'; then
  failed=$((failed + 1)); echo "FAIL a Cloud site found by its cloudId was still called a guess" >&2
fi
expect "the same site as Cloud" 0 'on http://127\.0\.0\.1:[0-9]+ \[Cloud\]' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" whoami --site "$EMU_BASE_URL" --user demo@example.com --kind cloud
expect "a quick look at a space key in another case, as the full pass and push refuse it" 1 '^error: 404: no space with key eng.*; did you mean ENG\?$' \
  "$tui" preview --space eng
expect "a negative depth" 2 '--depth must be a whole number of at least 1' "$tui" tree ENG --depth -1
expect "an empty space key" 2 '^error: space_key is empty; space keys are one word, such as ENG$' "$tui" tree ''
expect "a space key with an escape sequence is named, not stripped" 2 \
  '^error: space_key "E<U\+001B>\[31mNG" holds a control or invisible formatting character, which a space key never has' "$tui" tree $'E\e[31mNG'
expect "so is one among --keys" 2 '^error: --keys: space_key "E<U\+001B>\[31mNG" holds a control' "$tui" spaces --keys $'ENG,E\e[31mNG'
expect "a negative limit" 2 '--limit must be at least 1' "$tui" search 'space = ENG' --limit -2
expect "a search without hits says so" 0 '^No results for title = "no such page"$' "$tui" search 'title = "no such page"'
if [[ -n "$("$tui" search 'title = "no such page"' 2>/dev/null)" ]]; then
  failed=$((failed + 1)); echo "FAIL a search without hits wrote to stdout" >&2
fi
if [[ "$("$tui" search 'title = "no such page"' --json 2>/dev/null)" != "[]" ]]; then
  failed=$((failed + 1)); echo "FAIL a search without hits as JSON is not [] alone" >&2
else
  passed=$((passed + 1))
fi
expect "a key in the wrong case among others is named, with the key meant" 0 \
  '^warning: 2 listed keys name no space you can see \(keys are case-sensitive\): eng \(did you mean ENG\?\), NOPE$' "$tui" spaces --keys ENG,eng,NOPE
expect "a key in the wrong case beside one that matches still gets the key meant" 0 \
  '\(keys are case-sensitive\): ops \(did you mean OPS\?\)$' "$tui" spaces --keys ENG,ops
expect "a key in the wrong case alone is named, with the key meant" 0 '\(keys are case-sensitive\): eng \(did you mean ENG\?\)$' \
  "$tui" spaces --keys eng
expect "--keys with no key is refused" 2 '^error: --keys names no space key' "$tui" spaces --keys ''
spaces_in_order="$("$tui" spaces | awk '{print $1}' | tr '\n' ' ')"
if [[ "$spaces_in_order" != "~alice APAC ENG OPS PROD ARCH " ]]; then
  failed=$((failed + 1)); echo "FAIL spaces are not sorted by name, then key: $spaces_in_order" >&2
else
  passed=$((passed + 1))
fi
if "$tui" tree ENG --json --depth 1 | grep -q '"children"'; then
  failed=$((failed + 1)); echo "FAIL tree --depth 1 claims children for pages whose children it did not fetch" >&2
else
  passed=$((passed + 1))
fi
expect "a whole tree lists children" 0 '"children" : \[' "$tui" tree ENG --json --depth 2
expect "accounts as JSON name the auth kind as --auth takes it" 0 '"auth_kind" : "cloud-basic"' "$tui" accounts list --json
auth_kind="$("$tui" accounts list --json | sed -n 's/.*"auth_kind" : "\(.*\)".*/\1/p' | head -n 1)"
expect "the listed auth kind feeds back into accounts add" 0 'Added account again' \
  sh -c 'echo demo-token | "$1" accounts add again --site "$2" --auth "$3" --user demo@example.com --secret-stdin' sh "$tui" "$EMU_BASE_URL" "$auth_kind"
expect "a remote plain-http site is warned about" 0 '^warning: http://wiki\.example\.com is plain http: the secret would cross the network unencrypted' \
  sh -c 'echo t | "$1" accounts add remote --site http://wiki.example.com --auth dc-pat --secret-stdin' sh "$tui"
"$tui" accounts remove remote --yes >/dev/null
expect "a plain-http gateway is warned about" 0 '^warning: --gateway-url: http://gw\.example\.com is plain http' \
  sh -c 'echo t | "$1" accounts add gw --site https://x.atlassian.net --auth scoped-token --user a@example.com --gateway-url http://gw.example.com --secret-stdin' sh "$tui"
expect "flags an auth kind never uses are refused" 2 '^error: a Data Center personal access token account does not use --user and --client-id; drop them$' \
  sh -c 'echo t | "$1" accounts add unused --site https://wiki.example.com --auth dc-pat --user bob --client-id c --secret-stdin' sh "$tui"
"$tui" accounts remove gw --yes >/dev/null
# A scoped API token works only through the gateway: its definitions name the site's address there once its cloudId is known.
echo demo-token | "$tui" accounts add scoped --site "$EMU_BASE_URL" --auth scoped-token --user demo@example.com --gateway-url "$EMU_BASE_URL" --secret-stdin >/dev/null
expect "a scoped token's definition before its cloudId is known says so" 0 \
  "^warning: account scoped uses a scoped API token, which only the API gateway takes, and its site's cloudId is not known yet" \
  "$tui" sources save onscoped --account scoped --space ENG
"$tui" accounts test scoped >/dev/null
expect "saved again once it is, it names the gateway" 0 "^Saved onscoped again on account scoped: space ENG on $EMU_BASE_URL/ex/confluence/[0-9a-f-]+/wiki\.$" \
  "$tui" sources save onscoped --force
expect "and previews through it" 0 '^80 pages selected by space ENG$' "$tui" preview --source onscoped
"$tui" sources delete onscoped --yes >/dev/null
"$tui" accounts remove scoped --yes >/dev/null
if echo demo-token | "$tui" accounts add loopback --site "$EMU_BASE_URL" --auth cloud-basic --user demo@example.com --secret-stdin 2>&1 \
  | grep -q 'plain http'; then
  failed=$((failed + 1)); echo "FAIL a loopback http site (an emulator) is warned about" >&2
else
  passed=$((passed + 1))
fi
"$tui" accounts remove loopback --yes >/dev/null
expect "accounts list heads its columns" 0 '^ +name +kind +authentication +user +site +last test$' "$tui" accounts list
site_columns="$("$tui" accounts list | awk 'NR > 1 { print index($0, "http") }' | sort -u | tr '\n' ' ')"
if [[ "$site_columns" =~ ^[1-9][0-9]*\ $ ]]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL accounts list does not align its site column: starts at $site_columns" >&2
fi
expect "page ids that are not numbers" 2 '--page-ids: page_ids must be page ids .* "abc" is not' "$tui" preview --page-ids "$page,abc"
expect "no page ids at all" 2 '--page-ids: page_ids has an empty item' "$tui" preview --page-ids ,,
expect "spaces typed around page ids are dropped" 0 '1 listed page id was not found: 999999' "$tui" preview --page-ids " $page, 999999 "
expect "a page id twice" 2 "--page-ids: page_ids lists $page more than once" "$tui" preview --page-ids "$page,$page"
expect "a page id the site lacks" 0 '1 listed page id was not found: 999999' "$tui" preview --page-ids "$page,999999"
expect "an archived page listed by id is tagged" 0 '^  65705 +\[archived\] legacy-dispatch' "$tui" preview --page-ids 65601,65705
expect "and marked in the JSON" 0 '"archived" : true' "$tui" preview --page-ids 65705 --json
expect "a page id the site lacks, with --json" 0 '^warning: 1 listed page id was not found: 999999$' "$tui" preview --page-ids "$page,999999" --json
folder="$("$tui" search 'type=folder' | awk 'NR == 1 { print $1 }')"
expect "a listed folder is marked" 0 "^  $folder +\[folder\] " "$tui" preview --page-ids "$page,$folder"
expect "a listed folder is warned about" 0 "^warning: a listed id names no page: $folder \(folder .*\); an ingestion pulls it as a document without text, and not the pages in it" \
  "$tui" preview --page-ids "$page,$folder"
expect "the full pass warns about a listed folder too" 0 '"type" : "folder"' "$tui" preview --page-ids "$folder" --full --json
expect "the full pass names a listed folder" 0 "^warning: a listed id names no page: $folder " "$tui" preview --page-ids "$folder" --full
expect "the full pass marks a folder among the largest pages" 0 " $folder +\[folder\] " "$tui" preview --page-ids "$folder" --full
expect "the full pass counts a folder as no page" 0 "^2 pages \(1 of them no page\), " "$tui" preview --page-ids "$page,$folder" --full
expect "a CQL match on a folder is warned about with CQL's remedy" 0 'add `type = page` to the CQL to leave (it|them) out$' \
  "$tui" preview --cql "id = $folder"
expect "ids the site lacks are not counted" 0 '^1 page selected by 2 page ids$' "$tui" preview --page-ids "$page,999999"
# The full pass measures a page as page --format plain shows it, a mention by its user's name (one line end apart).
plain="$("$tui" page 66200 --format plain)"
total="$("$tui" preview --page-ids 66200 --full --json | sed -n 's/^  "total_characters" : \([0-9]*\).*/\1/p')"
if ! grep -q '@Chen Wei' <<<"$plain" || [[ "$total" != "$(( $(wc -m <<<"$plain") - 1 ))" ]]; then
  failed=$((failed + 1)); echo "FAIL preview --full measured $total characters, page --format plain shows $(wc -m <<<"$plain") with its line end" >&2
else
  passed=$((passed + 1))
fi
expect "a full pass that misses a page" 1 '1 page could not be read; an ingestion would miss it$' \
  "$tui" preview --page-ids "$page,999999" --full
expect "a listed space key the site lacks, beside one it has" 0 \
  '^warning: 1 listed key names no space you can see \(keys are case-sensitive\): eng \(did you mean ENG\?\)$' "$tui" spaces --keys eng,OPS
expect "saving invalid CQL" 2 '--cql is not valid CQL' "$tui" sources save broken --cql 'label ='
# search and preview check a selection as save does, before any request.
expect "searching invalid CQL" 2 '^error: the query is not valid CQL: expected a value after "="' "$tui" search 'label = '
expect "searching with an empty query" 2 '^error: the query is empty: write a CQL query' "$tui" search ' '
expect "two selectors, named by their flags" 2 'choose one selector, not --space and --label' "$tui" sources save two --space ENG --label x
expect "a server URL with a user" 0 'Saved byurl' "$tui" sources save byurl --server-url http://wiki.example.com --user me@example.com --space ENG
expect "a plain-http server URL is warned about" 0 '^warning: http://wiki\.example\.com is plain http' \
  "$tui" sources save byurl2 --server-url http://wiki.example.com --user me@example.com --space ENG
expect "a Cloud server URL without a user is saved with a warning" 0 \
  '^warning: https://example.atlassian.net/wiki is a Confluence Cloud site, which refuses an API token sent without the email it belongs to; give --user EMAIL' \
  "$tui" sources save cloudnouser --space ENG --server-url example.atlassian.net/
"$tui" sources delete cloudnouser --yes >/dev/null
expect "the user is written as user_name" 0 '"user_name": "me@example.com"' "$tui" sources export byurl --format llamacloud-json
expect "a Cloud domain gets /wiki, trailing slashes go" 0 '^Saved cloudurl: space ENG on https://x\.atlassian\.net/wiki\.$' \
  "$tui" sources save cloudurl --server-url https://x.atlassian.net/ --user me@example.com --space ENG
"$tui" sources save nowiki --server-url "$EMU_BASE_URL" --user demo@example.com --space OPS >/dev/null
expect "a Cloud server URL without /wiki says how to fix it" 2 "server_url $EMU_BASE_URL is a Confluence Cloud site, whose API lives under /wiki.*--server-url $EMU_BASE_URL/wiki\$" \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" preview --source nowiki
expect "--user beside an account" 2 '--user goes with --server-url alone' "$tui" sources save byacc --account emu --user x --space ENG
expect "a user with a control character" 2 '--user holds a control or invisible formatting character' \
  "$tui" sources save ctl --server-url http://wiki.example.com --user "$(printf 'me\033[2J')" --space ENG
expect "a bad name is said before anything else" 2 'the definition name "bad name" has a space' "$tui" sources save 'bad name' --server-url http://x.example
expect "previewing invalid CQL" 2 '^error: --cql is not valid CQL: expected a value after "="' "$tui" preview --cql 'label = '
if grep -q 'cql=label%20%3D%20&' "$work/requests.log"; then
  failed=$((failed + 1)); echo "FAIL invalid CQL was sent to the site" >&2
fi
expect "previewing a label with a space" 2 '^error: --label: label "two words" has whitespace' "$tui" preview --label 'two words'
expect "an account that is not there is invalid input" 2 '^error: there is no account named nope' "$tui" spaces --account nope
expect "an empty account name is said to be empty" 2 '^error: an account name cannot be empty' "$tui" accounts default ''
expect "testing an account that is not there is invalid input, said once" 2 '^error: there is no account named nope' "$tui" accounts test nope
if "$tui" accounts test nope --json 2>/dev/null | grep -q site_kind; then
  failed=$((failed + 1)); echo "FAIL accounts test nope --json reported a site kind" >&2
else
  passed=$((passed + 1))
fi
expect "a new account name starting with '-' is refused" 2 "starts with '-', which would read as an option" \
  sh -c 'echo t | "$1" accounts add --site https://x.atlassian.net --auth cloud-basic --user a@example.com --secret-stdin -- -x' sh "$tui"
expect "the full pass counts what it skipped" 0 '^Skipped 1 page: archived pages of space ENG; the loader lists current pages only$' \
  "$tui" preview --space ENG --full
expect "the full pass lines up its columns" 0 '^  characters  id     title$' "$tui" preview --label runbook --full
expect "the full pass groups thousands" 0 '^17 pages, 17,075 characters, about [0-9,]+ tokens \(estimated as --help says\)$' \
  "$tui" preview --label runbook --full
expect "the preview's help says how tokens are estimated" 0 'Tokens are estimated' "$tui" preview --help
expect "an archived page is marked in the tree" 0 '^    \[archived\] legacy-dispatch \(retired\)  \(65705\)$' "$tui" tree ENG
expect "and has its status in the tree's JSON" 0 '"status" : "archived"' "$tui" tree ENG --json
expect "a space key in the wrong case gets a hint" 1 '404: no space with key eng.*; did you mean ENG\?$' "$tui" tree eng
expect "saving a space" 0 'Saved eng' "$tui" sources save eng --space ENG
expect "show as text" 0 'account +emu' "$tui" sources show eng
expect "previewing a definition" 0 'pages selected by space ENG' "$tui" preview --source eng
expect "its count is recorded" 0 'preview +[0-9]+ pages at' "$tui" sources show eng
expect "saving one page" 0 'Saved one' "$tui" sources save one --page-ids "$page"
"$tui" preview --source one >/dev/null
expect "one page is one page" 0 "^one +page $page +emu +1 page at " "$tui" sources list
expect "the listing's JSON names the selector's field" 0 '"selector_kind" : "space_key"' "$tui" sources list --json
expect "the listing's JSON gives the selector's value" 0 '"space_key" : "ENG"' "$tui" sources list --json
expect "a definition name may hold a dot, as the help says" 0 "letters, digits, '\.',$" "$tui" sources save --help
expect "a definition name with a dot" 0 'Saved eng\.v2' "$tui" sources save eng.v2 --space ENG
expect "exporting a definition that is not there" 2 'there is no definition named "nope"' "$tui" sources export nope
expect "saving onto a taken name offers --force" 2 'a definition named "one" already exists .*; choose another name or delete it first, or pass --force to replace it$' \
  "$tui" sources save one --space ENG
expect "a name differing only in case is not offered --force" 2 'differs from "one" only in case, .* or use "one"$' "$tui" sources save ONE --space ENG
expect "renaming onto a taken name" 2 'a definition named "one" already exists' "$tui" sources rename eng.v2 one
sed 's/"name" : "eng"/"name" : "engineering"/' "$CONFLUENCE_TUI_HOME/sources/eng.json" >"$CONFLUENCE_TUI_HOME/sources/eng-copy.json"
expect "a file copied by hand goes by its file name, and says so" 0 \
  '^warning: eng-copy\.json holds the name "engineering"; the definition goes by its file.s name, eng-copy$' "$tui" sources list
rm "$CONFLUENCE_TUI_HOME/sources/eng-copy.json"
sed 's/"space_key" : "ENG"/"label" : "runbook", "space_key" : "ENG"/' "$CONFLUENCE_TUI_HOME/sources/eng.json" >"$CONFLUENCE_TUI_HOME/sources/twosel.json"
expect "a hand edit with two selectors is listed as such" 0 '^twosel +2 selectors: space_key, label ' "$tui" sources list
expect "the JSON listing gives every selector field a hand edit set" 0 '"label" : "runbook",' "$tui" sources list --json
rm "$CONFLUENCE_TUI_HOME/sources/twosel.json"
sed 's/"space_key" : "ENG"/"cql" : "type = page AND ("/' "$CONFLUENCE_TUI_HOME/sources/eng.json" >"$CONFLUENCE_TUI_HOME/sources/badcql.json"
expect "a definition whose query does not parse is not copied" 2 "^error: badcql's cql is not valid CQL: " "$tui" sources duplicate badcql badcql2
expect "nor previewed, before any request" 2 "^error: badcql's cql is not valid CQL: " "$tui" preview --source badcql
expect "and show says why" 0 '^  invalid  cql is not valid CQL: ' "$tui" sources show badcql
rm "$CONFLUENCE_TUI_HOME/sources/badcql.json"
sed 's/"space_key" : "ENG"/"space_key" : "EN\\u202eG"/' "$CONFLUENCE_TUI_HOME/sources/eng.json" >"$CONFLUENCE_TUI_HOME/sources/bidi.json"
expect "a hand-edited key's invisible character is shown, not hidden" 0 '^bidi +space EN<U\+202E>G ' "$tui" sources list
expect "and the key is refused before any request" 2 'bidi" is not valid: space_key' "$tui" preview --source bidi
rm "$CONFLUENCE_TUI_HOME/sources/bidi.json"
expect "a project id the JSON body has no place for" 2 '--project-id is for the python, typescript and curl scripts' \
  "$tui" sources export eng --format llamacloud-json --project-id proj-1
expect "a base URL ending in the API's own path" 2 '^error: --base-url: it ends in /api/v1, which the API.s paths start with' \
  "$tui" sources export eng --format python --base-url https://api.cloud.llamaindex.ai/api/v1
expect "a project id for a script" 0 'project_id="proj-1"' "$tui" sources export eng --format python --project-id proj-1
expect "a project id with a space" 2 'a project id is one word' "$tui" sources export eng --format python --project-id 'proj 1'
expect "an empty project id" 2 'it is empty; give the id of a LlamaCloud project' \
  env LLAMA_CLOUD_API_KEY=k "$tui" sources push eng --project-id '' --base-url http://127.0.0.1:1
expect "saving a space the site lacks still works offline" 0 'Saved nospace' "$tui" sources save nospace --space NOPE
expect "pushing a space the site lacks" 2 'nospace selects space NOPE, which .* does not have .*pass --force to push it anyway' \
  env LLAMA_CLOUD_API_KEY=k "$tui" sources push nospace --project-id p --base-url http://127.0.0.1:1
expect "pushing a space in the wrong case" 2 'does not have or does not let its account see \(did you mean ENG\?\)' \
  sh -c '"$1" sources save loweng --space eng >/dev/null && LLAMA_CLOUD_API_KEY=k "$1" sources push loweng --project-id p --base-url http://127.0.0.1:1' sh "$tui"
expect "pushing page ids the site lacks" 2 'lists 1 page id that .* does not have or does not let its account see: 999999' \
  sh -c '"$1" sources save noids --page-ids "$2,999999" >/dev/null && LLAMA_CLOUD_API_KEY=k "$1" sources push noids --project-id p --base-url http://127.0.0.1:1' sh "$tui" "$page"
expect "pushing CQL the site refuses" 2 "badfield's cql is refused by .*: Could not parse cql" \
  sh -c '"$1" sources save badfield --cql "type = page AND foo = bar" >/dev/null && LLAMA_CLOUD_API_KEY=k "$1" sources push badfield --project-id p --base-url http://127.0.0.1:1' sh "$tui"
expect "--force pushes without the check" 1 'the connection was refused' \
  env LLAMA_CLOUD_API_KEY=k "$tui" sources push nospace --project-id p --base-url http://127.0.0.1:1 --force
echo demo-token | "$tui" accounts add tmpacc --site "$EMU_BASE_URL" --auth cloud-basic --user demo@example.com --secret-stdin >/dev/null
"$tui" sources save orphan --account tmpacc --label runbook >/dev/null
expect "removing an account names the definitions it leaves" 0 'removing tmpacc leaves 1 definition without an account \(orphan\)' \
  "$tui" accounts remove tmpacc --yes
expect "the listing marks an account that is gone" 0 '^orphan +label runbook +tmpacc \(removed\) ' "$tui" sources list
expect "show marks an account that is gone" 0 '^  account  tmpacc \(removed\)$' "$tui" sources show orphan
expect "the JSON listing marks an account that is gone" 0 '"account_removed" : true' "$tui" sources list --json
expect "a definition whose account is gone reaches its server URL" 0 'account tmpacc, which orphan names, no longer exists; reaching its server URL' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" preview --source orphan
expect "pushing a definition whose account is gone names the fix" 2 \
  'definition orphan names account tmpacc, which no longer exists; save it again on another \(confluence-tui sources save orphan --account NAME --force\)' \
  env LLAMA_CLOUD_API_KEY=k "$tui" sources push orphan --project-id p --base-url http://127.0.0.1:1
# The account added again under its name on another site: its secret is not exported toward the site the definition names.
"$tui" accounts add tmpacc --site https://other.example.com --auth dc-pat --secret-env OTHER_TOKEN >/dev/null
expect "a secret is not exported toward a site its account no longer names" 2 \
  'definition orphan selects pages on http://127.0.0.1:[0-9]+/wiki, but account tmpacc now names https://other.example.com, so its secret is not sent there' \
  env OTHER_TOKEN=t "$tui" sources export orphan --format python --include-secrets
"$tui" accounts remove tmpacc --yes >/dev/null 2>&1
expect "show as JSON" 0 '"space_key" *: *"ENG"' "$tui" sources show eng --json
expect "counting as JSON" 0 '^  "total_size" : [0-9]+$' "$tui" search 'space = ENG' --count --json
expect "an account test as JSON" 0 '"site_kind" : "cloud"' "$tui" accounts test emu --json
expect "logging in to an account without OAuth is invalid input" 2 '^error: account emu does not use OAuth 2.0 \(3LO\)$' \
  "$tui" auth login --account emu --no-browser --timeout 2
echo wrong-token | "$tui" accounts add rotate --site "$EMU_BASE_URL" --auth cloud-basic --user demo@example.com --secret-stdin >/dev/null
"$tui" sources save onrotate --account rotate --space ENG >/dev/null
expect "a token that is refused" 1 'refused' "$tui" accounts test rotate
expect "rotating the token with accounts edit" 0 '^Edited account rotate: API token\. ' \
  sh -c 'echo demo-token | "$1" accounts edit rotate --secret-stdin' sh "$tui"
expect "the new token signs in" 0 'signed in as' "$tui" accounts test rotate
expect "the token already kept changes nothing" 2 '^error: nothing to change' \
  sh -c 'echo demo-token | "$1" accounts edit rotate --secret-stdin' sh "$tui"
expect "an edit that changes nothing" 2 '^error: nothing to change' "$tui" accounts edit rotate --user demo@example.com
expect "the user is taken without the spaces around it" 2 '^error: nothing to change' "$tui" accounts edit rotate --user ' demo@example.com '
expect "the same secret source again changes nothing" 2 '^error: nothing to change' \
  sh -c '"$1" accounts edit rotate --secret-env ROTATE_TOKEN >/dev/null && "$1" accounts edit rotate --secret-env ROTATE_TOKEN' sh "$tui"
expect "an OAuth kind takes its article" 2 '^error: an OAuth 2.0 \(3LO\) account does not use --user; drop it$' \
  "$tui" accounts add oa --site https://x.atlassian.net --auth oauth --client-id c --user u --secret-env X
expect "help help is the parser's" 0 'USAGE' "$tui" help help
"$tui" sources save onrotate --space ENG --account rotate --keep-markdown-format --force >/dev/null
expect "an edit that moves the site names the definitions left behind" 0 \
  "^warning: 1 definition of rotate still names its old site or user \(onrotate\); save it again on it with 'confluence-tui sources save onrotate --force'$" \
  "$tui" accounts edit rotate --site https://elsewhere.example.com
expect "saved again with --force alone, it reads the account's new site and keeps what it selects" 0 \
  '^Saved onrotate again on account rotate: space ENG on https://elsewhere.example.com/wiki\.$' "$tui" sources save onrotate --force
expect "and keeps its loader options" 0 '"keep_markdown_format" : true' "$tui" sources show onrotate --json
expect "--force alone needs a saved definition" 2 '^error: there is no definition nosuch to save again' "$tui" sources save nosuch --force
"$tui" sources delete onrotate --yes >/dev/null
"$tui" accounts remove rotate --yes >/dev/null 2>&1
"$tui" accounts add refused --site http://127.0.0.1:1 --auth cloud-basic --user a@example.com --secret-env REFUSED_TOKEN >/dev/null
expect "a test that cannot even read the secret names the site it is for" 1 '"site" : "http://127.0.0.1:1"' \
  env -u REFUSED_TOKEN "$tui" accounts test refused --json
if [[ "$(REFUSED_TOKEN=x "$tui" accounts test refused 2>/dev/null | grep -c 'the connection was refused')" != 1 ]]; then
  failed=$((failed + 1)); echo "FAIL a failed account test repeated its sentence in its report" >&2
else
  passed=$((passed + 1))
fi
expect "a failed account test says so on stderr when its report goes to a pipe" 1 '^error: refused: the connection was refused' \
  env REFUSED_TOKEN=x "$tui" accounts test refused
"$tui" accounts remove refused --yes >/dev/null
expect "an account test's user as JSON" 0 '"display_name" : ' "$tui" accounts test emu --json
expect "an account test's probes keep their names" 0 '"api" : "REST v1 \(/rest/api\)"' "$tui" accounts test emu --json
expect "whoami as JSON in snake_case" 0 '"account_id" : ' "$tui" whoami --json
expect "whoami as JSON names the site and its kind" 0 "\"site_kind\" : \"cloud\"" "$tui" whoami --json
expect "spaces as JSON in snake_case" 0 '"homepage_id" : ' "$tui" spaces --json
expect "spaces as JSON carry their description on Cloud, as on Data Center" 0 '"description" : "' "$tui" spaces --json
expect "a page as JSON in snake_case" 0 '"storage_body" : ' "$tui" page "$page" --json
expect "a Cloud page as JSON has its web path, as on Data Center" 0 '"web_path" : "/spaces/' "$tui" page "$page" --json
expect "a Cloud page as JSON lists its ancestors" 0 '"ancestors" : \[' "$tui" page "$page" --json
expect "a Cloud page as JSON names its page ancestors" 0 '"title" : "Product Home"' "$tui" page 66303 --json
expect "a Cloud page as JSON names its folder ancestors" 0 '"title" : "Roadmaps"' "$tui" page 66303 --json
expect "a folder's id is named as one, first" 2 '^error: 66301 is the folder "Roadmaps", not a page: `tree` lists the pages in it \(the pages API answers 404 for it\)$' "$tui" page 66301
expect "search results as JSON in snake_case" 0 '"last_modified" : ' "$tui" search 'space = ENG' --json
expect "CQL the site refuses is invalid input" 2 '^error: 400' "$tui" search 'foo = bar'
expect "a full pass whose CQL the site refuses is invalid input" 2 '^error: the preview failed: 400' "$tui" preview --cql 'foo = bar' --full
expect "--limit asks the site for no more" 0 '.' "$tui" search 'space = ENG' --limit 2
if ! grep -q 'search?cql=space%20%3D%20ENG&limit=2&' "$work/requests.log"; then failed=$((failed + 1)); echo 'FAIL search --limit 2 asked for more' >&2; fi
for command in "whoami" "spaces" "page $page" "tree ENG" "search space=ENG" "accounts test emu"; do
  if "$tui" $command --json 2>&1 | grep -qE '"[a-z]+[A-Z][A-Za-z]*" :'; then
    failed=$((failed + 1))
    echo "FAIL $command --json has a camelCase key" >&2
  fi
done
expect "deleting what is not there" 2 'nope' "$tui" sources delete nope
expect "renaming what is not there to itself" 2 'there is no definition named "ghost"' "$tui" sources rename ghost ghost

printf '\nsecret\n' >"$work/blank-first-line"
expect "a secret file whose first line is blank" 2 "the first line of $work/blank-first-line is empty; put the secret on the first line" \
  "$tui" accounts add blank --site "$EMU_BASE_URL" --auth cloud-basic --user a@example.com --secret-file "$work/blank-first-line"
printf 'caf\351\n' >"$work/latin1"
expect "a secret file that is not UTF-8" 2 "the first line of $work/latin1 is not UTF-8 text" \
  "$tui" accounts add latin --site "$EMU_BASE_URL" --auth cloud-basic --user a@example.com --secret-file "$work/latin1"
expect "a blank line on standard input" 2 'the first line of standard input is empty' \
  sh -c 'printf "\nsecret\n" | "$1" accounts add piped --site "$2" --auth cloud-basic --user a@example.com --secret-stdin' sh "$tui" "$EMU_BASE_URL"
expect "a secret on standard input ending in CRLF" 0 'Added account crlf' \
  sh -c 'printf "demo-token\r\nmore\n" | "$1" accounts add crlf --site "$2" --auth cloud-basic --user demo@example.com --secret-stdin' sh "$tui" "$EMU_BASE_URL"
expect "the CRLF secret signs in" 0 'signed in as' "$tui" accounts test crlf
"$tui" accounts add refused --site "$EMU_BASE_URL" --auth cloud-basic --user demo@example.com --secret-env REFUSED_TOKEN >/dev/null
expect "a failed account test says so on stderr" 1 '^error: refused: ' env REFUSED_TOKEN=wrong "$tui" accounts test refused
expect "--kind takes data_center as accounts list writes it" 1 "connection was refused" env CONFLUENCE_API_TOKEN=t "$tui" spaces --site http://127.0.0.1:1 --kind data_center
expect "a login that may not wait" 2 '--timeout must be at least 1 second' "$tui" auth login --account emu --timeout 0
expect "a login that would wait a negative time" 2 '--timeout must be at least 1 second' "$tui" auth login --account emu --timeout=-5
expect "a token with a control character" 2 'the personal access token in CONFLUENCE_API_TOKEN holds a control character' \
  env CONFLUENCE_API_TOKEN=$'PAT\aSECRET' "$tui" spaces --site "$EMU_BASE_URL"
expect "a site address with a password" 2 'the site address holds a user name or password; give the user and the secret separately' \
  "$tui" accounts add u1 --site 'https://bob:HUNTER2PW@x.atlassian.net/wiki' --auth cloud-basic --user a@b.c --secret-env X
expect "a port out of range" 2 'the port 99999 of http://127.0.0.1:99999 is not one from 1 to 65535' \
  env CONFLUENCE_API_TOKEN=x "$tui" spaces --site http://127.0.0.1:99999/

# Exit status 2 is invalid input: arguments, definition names and definitions that break a rule.
expect "a definition name with a space" 2 'the definition name "bad name" has a space' "$tui" sources rename eng 'bad name'
expect "saving a spaced space key" 2 'space_key "A B" has whitespace' "$tui" sources save spaced --space 'A B'
expect "a base URL that is not a URL" 2 "^error: --base-url: it is not an absolute URL" \
  env LLAMA_CLOUD_API_KEY=k "$tui" sources push eng --project-id p --base-url 'foo bar'
if "$tui" sources export eng --format curl --base-url 'https://u:S3CRETPW@x.example' 2>&1 | grep -q S3CRETPW; then
  failed=$((failed + 1)); echo "FAIL a base URL's password was repeated in its refusal" >&2
else
  passed=$((passed + 1))
fi
expect "a user holding an escape sequence is refused, not sent" 2 '^error: --user holds a control or invisible formatting character' \
  env CONFLUENCE_API_TOKEN=t "$tui" whoami --site https://x.atlassian.net --user "$(printf 'a\033[8mb')"
expect "an account whose user holds an escape sequence is refused" 2 'the user holds a control or invisible formatting character' \
  "$tui" accounts add esc --site https://x.atlassian.net --auth cloud-basic --user "$(printf 'a\033[8mb')" --secret-env X
expect "two places for the secret are refused" 2 '^error: --token-env and --token-file name two places for the secret' \
  "$tui" whoami --site https://x.atlassian.net --user a@example.com --token-env X --token-file /dev/null
# A server that answers as for an anonymous visitor, as a Data Center does that ignored the token; under /moved it
# redirects to itself under another name (localhost), where /denied answers 401.
python3 - "$work/anonymous.port" <<'PY' &
import http.server, sys
class Anonymous(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/moved/"):
            self.send_response(301)
            self.send_header("Location", "http://localhost:%d/denied/%s" % (server.server_port, self.path[len("/moved/"):]))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path.startswith("/denied/"):
            self.send_response(401)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"type": "anonymous", "displayName": "Anonymous"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *arguments):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Anonymous)
open(sys.argv[1], "w").write(str(server.server_port))
server.serve_forever()
PY
anonymous_server=$!
for _ in $(seq 50); do [[ -s "$work/anonymous.port" ]] && break; sleep 0.1; done
for format in text json; do
  expect "whoami fails on an anonymous answer ($format)" 1 '^error: http://127.0.0.1:[0-9]+ answered as it answers an anonymous visitor' \
    env CONFLUENCE_API_TOKEN=ignored "$tui" whoami --site "http://127.0.0.1:$(cat "$work/anonymous.port")" --kind datacenter \
    $([[ $format == json ]] && echo --json)
done
expect "a 401 after a redirect to another address names that address, not the token" 1 \
  '^error: 401 on http://127.0.0.1:[0-9]+/moved .*: the site redirected the request to http://localhost:[0-9]+, where the credential is not sent' \
  env CONFLUENCE_API_TOKEN=pat "$tui" whoami --site "http://127.0.0.1:$(cat "$work/anonymous.port")/moved" --kind datacenter
kill "$anonymous_server"
expect "a secret file that never ends is refused, not read into memory" 2 '^error: did not read /dev/zero: its first line is longer than 64 KiB' \
  "$tui" whoami --site https://x.atlassian.net --user a@example.com --token-file /dev/zero
expect "a secret file that is not there is the argument's fault, as an unset variable is" 2 '^error: could not (open|read) /nonexistent/token' \
  "$tui" whoami --site https://x.atlassian.net --user a@example.com --token-file /nonexistent/token
expect "an account's secret file that is not there" 2 '^error: could not (open|read) /nonexistent/token' \
  "$tui" accounts add missing --site https://x.atlassian.net --auth cloud-basic --user a@example.com --secret-file /nonexistent/token
expect "a redirect URI with a password is refused" 2 '^error: --redirect-uri holds a user name or password' \
  "$tui" accounts add o --site https://x.atlassian.net --auth oauth --client-id c --redirect-uri 'http://u:pw@127.0.0.1:8765/callback' --secret-env X
expect "a base URL that is not http" 2 'it uses "ftp", but the LlamaCloud API is reached over http or https' \
  "$tui" sources export eng --base-url ftp://x
expect "a base URL with a query" 2 'it has a query or a fragment' "$tui" sources export eng --base-url 'https://x.example/?a=1'
expect "a base URL with a port out of range" 2 'the port 99999 of http://127.0.0.1:99999 is not one from 1 to 65535' \
  env LLAMA_CLOUD_API_KEY=k "$tui" sources remote --project-id p --base-url http://127.0.0.1:99999
expect "an export format that does not exist" 2 "Please provide one of 'llamacloud-json', 'python', 'typescript' or 'curl'" \
  "$tui" sources export eng --format nope
printf '{"name": "two", "component": {"server_url": "%s/wiki", "authentication_mechanism": "basic", "space_key": "ENG", "label": "x"}}\n' \
  "$EMU_BASE_URL" >"$CONFLUENCE_TUI_HOME/sources/two.json"
expect "exporting a definition that breaks a rule" 2 'takes exactly one selector, but this one sets space_key and label' \
  "$tui" sources export two --include-secrets
printf '{"name": "oddlabel", "component": {"server_url": "%s/wiki", "authentication_mechanism": "basic", "label": "a\\u0085b"}}\n' \
  "$EMU_BASE_URL" >"$CONFLUENCE_TUI_HOME/sources/oddlabel.json"
expect "previewing a definition whose label export refuses" 2 'label .* has whitespace' "$tui" preview --source oddlabel
rm "$CONFLUENCE_TUI_HOME/sources/oddlabel.json"
if "$tui" sources export two --include-secrets 2>&1 | grep -q 'holds the Confluence secret'; then
  failed=$((failed + 1))
  echo "FAIL an invalid definition's export warned about a secret it should never have looked up" >&2
fi

# --output writes a new file only, as the browser's w does; one holding a secret is private to its owner.
expect "exporting with the secret to a file" 0 "Wrote $work/create.py" "$tui" sources export eng --format python --include-secrets --output "$work/create.py"
expect "exporting over an existing file" 2 "$work/create.py exists and was not replaced" "$tui" sources export eng --output "$work/create.py"
ln -s "$work/nowhere" "$work/dangling.json"
expect "exporting over a dangling link" 2 "$work/dangling.json exists and was not replaced" "$tui" sources export eng --output "$work/dangling.json"
expect "exporting to standard output with -" 0 "\"source_type\": \"CONFLUENCE\"" "$tui" sources export eng --output -
expect "exporting to an empty file name" 2 "--output needs a file name" "$tui" sources export eng --output ""
if [[ "$(stat -c %a "$work/create.py")" != 600 ]] || ! grep -q demo-token "$work/create.py"; then
  failed=$((failed + 1))
  echo "FAIL the export holding the secret was replaced or loosened: mode $(stat -c %a "$work/create.py")" >&2
fi
# An export without a secret gets the mode any new file gets: the umask cuts it.
(umask 077 && "$tui" sources export eng --output "$work/private.json" >/dev/null && "$tui" sources export eng --format curl --output "$work/private.sh" >/dev/null)
(umask 022 && "$tui" sources export eng --output "$work/shared.json" >/dev/null && "$tui" sources export eng --format curl --output "$work/shared.sh" >/dev/null)
modes="$(stat -c %a "$work/private.json" "$work/private.sh" "$work/shared.json" "$work/shared.sh" | tr '\n' ' ')"
if [[ "$modes" == "600 700 644 755 " ]]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL export files under umask 077 and 022 got modes $modes (wanted 600 700 644 755)" >&2
fi

# Definitions and the site they name: a server URL alone binds no account, whose secret would go to that server.
expect "a server URL alone binds no account" 0 'Saved other' "$tui" sources save other --server-url http://127.0.0.1:1/wiki --space OPS
if grep -qE '"(account|user_name)"' "$CONFLUENCE_TUI_HOME/sources/other.json"; then
  failed=$((failed + 1)); echo "FAIL the definition saved with --server-url carries the default account" >&2
fi
expect "a server URL beside another site's account" 2 'is not the site of account emu' \
  "$tui" sources save mixed --account emu --server-url http://127.0.0.1:1/wiki --space OPS
expect "a definition previews on its own server" 1 "the connection was refused" env CONFLUENCE_API_TOKEN=x "$tui" preview --source other
sed "s#$EMU_BASE_URL/wiki#http://127.0.0.1:1/wiki#" "$CONFLUENCE_TUI_HOME/sources/eng.json" >"$work/moved.json"
mv "$work/moved.json" "$CONFLUENCE_TUI_HOME/sources/moved.json"
expect "a definition whose account reaches another site" 2 'moved selects pages on http://127.0.0.1:1/wiki, but the connection reaches' \
  "$tui" preview --source moved
echo demo-token | "$tui" accounts add deep --site "$EMU_BASE_URL/wiki/spaces/ENG/overview?x=1" --auth cloud-basic \
  --user demo@example.com --secret-stdin >/dev/null
expect "a page address as the site still saves the site's base" 0 "Saved deep: space ENG on $EMU_BASE_URL/wiki\\." \
  "$tui" sources save deep --account deep --space ENG
printf '{"broken' >"$CONFLUENCE_TUI_HOME/sources/corrupt.json"
expect "deleting a corrupt definition" 0 'Deleted corrupt' "$tui" sources delete corrupt --yes

sed "s#\"server_url\" *: *\"http://#\"server_url\": \"http://someone:SECRET-IN-URL@#" "$CONFLUENCE_TUI_HOME/sources/eng.json" >"$work/userinfo.json"
mv "$work/userinfo.json" "$CONFLUENCE_TUI_HOME/sources/userinfo.json"
for listing in "sources show userinfo" "sources show userinfo --json" "sources list" "sources list --json"; do
  # shellcheck disable=SC2086
  if ! grep -q "someone" "$CONFLUENCE_TUI_HOME/sources/userinfo.json" || "$tui" $listing 2>&1 | grep -q "SECRET-IN-URL"; then
    failed=$((failed + 1)); echo "FAIL $listing shows the password a hand-edited server_url holds" >&2
  else
    passed=$((passed + 1))
  fi
done

# A Cloud site at another address is found by its cloudId (the hint for one that hides it is in SecretAndSiteInputTests), and the
# --kind cloud hint never follows a real Data Center site's 404 for a page it lacks.
expect "spaces of a Cloud site found by its cloudId" 0 '^ENG +global' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" spaces --site "$EMU_BASE_URL" --user demo@example.com
printf '%s\n' '[{"name": "carol", "email": "carol@example.com", "password": "  lead", "apiToken": "t", "accountId": "c1", "spaces": ["ENG"]}]' \
  >"$work/users.json"
start_emulator "$bin/confluence-emulator" "$work/dc-emulator.log" --site Assets/demo-site --flavor datacenter --users "$work/users.json"
for kind in "" "--kind datacenter"; do
  # shellcheck disable=SC2086  # an empty $kind is no argument
  expect "a password keeps its spaces${kind:+ with $kind}" 0 '^carol ' \
    env CONFLUENCE_API_TOKEN="  lead" "$tui" whoami --site "$EMU_SITE_URL" --user carol $kind
done
expect "a page a Data Center site lacks" 1 '^error: 404 Not Found .*/rest/api/content/999999.*No content found' \
  env CONFLUENCE_API_TOKEN=demo-pat "$tui" page 999999 --site "$EMU_SITE_URL"
if env CONFLUENCE_API_TOKEN=demo-pat "$tui" page 999999 --site "$EMU_SITE_URL" 2>&1 | grep -q -- '--kind cloud'; then
  failed=$((failed + 1)); echo "FAIL a Data Center site's missing page suggests --kind cloud" >&2
else
  passed=$((passed + 1))
fi
expect "a refused token on a Data Center site still hints" 1 '^error: 401: .*pass --kind cloud if it is a Cloud site\)$' \
  env CONFLUENCE_API_TOKEN=wrong "$tui" page 999999 --site "$EMU_SITE_URL"

# A tree whose listing fails for one page prints the rest, marks that page and fails naming the request.
start_emulator "$bin/confluence-emulator" "$work/failing-emulator.log" --site Assets/demo-site --fail-rate 1 \
  --fail-path "/wiki/api/v2/pages/$page/direct-children"
status=0
CONFLUENCE_API_TOKEN=demo-token "$tui" tree ENG --site "$EMU_BASE_URL" --user demo@example.com >"$work/tree.out" 2>&1 || status=$?
for pattern in "\($page\)  \[children not listed\]$" '^Team photo wall' \
  "^error: 503 .*/pages/$page/direct-children.*; the children of 1 page could not be listed"; do
  expect "a tree listed in part (exit 1, /$pattern/)" 1 "$pattern" sh -c 'cat "$1"; exit "$2"' sh "$work/tree.out" "$status"
done
expect "a tree listed in part marks the JSON" 1 '"children_error" : "503 ' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" tree ENG --site "$EMU_BASE_URL" --user demo@example.com --json

# Ancestor titles that cannot be looked up are a warning: the page is printed with them left out.
start_emulator "$bin/confluence-emulator" "$work/folder-failing-emulator.log" --site Assets/demo-site --fail-rate 1 \
  --fail-path '/wiki/api/v2/folders/*'
for pattern in "^warning: could not look up the titles of all of page 66303.s ancestors" '"title" : "2024 H2 roadmap"' '"title" : "Product Home"'; do
  expect "a page whose folder's title fails prints (/$pattern/)" 0 "$pattern" \
    env CONFLUENCE_API_TOKEN=demo-token "$tui" page 66303 --json --site "$EMU_BASE_URL" --user demo@example.com
done

# The check of a site's kind is asked again while it gets no answer to go by (a 503 here), and an error after every attempt
# failed says the check got no answer, never that the site gave no cloudId.
start_emulator "$bin/confluence-emulator" "$work/edge-flaky-emulator.log" --site Assets/demo-site --fail-rate 0.5 --seed 3 \
  --fail-path '/_edge/*'
expect "a Cloud site whose first kind check fails is still Cloud" 0 '^Alice Nakamura ' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" whoami --site "$EMU_BASE_URL" --user demo@example.com
start_emulator "$bin/confluence-emulator" "$work/edge-failing-emulator.log" --site Assets/demo-site --fail-rate 1 --fail-path '/_edge/*'
expect "a kind check that never gets an answer is named as such" 1 \
  'the site was taken for Data Center, as its address is not at atlassian.net and its cloudId could not be asked for \(the site answered status 503\); pass --kind cloud' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" whoami --site "$EMU_BASE_URL" --user demo@example.com

# A site taken for Data Center because its kind got no answer works as one, with a warning that says so.
expect "a kind taken without a check is a warning" 0 \
  '^warning: http://127\.0\.0\.1:[0-9]+/wiki was taken for Data Center without a check: its cloudId could not be asked for \(the site answered status 503\); pass --kind cloud' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" whoami --site "$EMU_BASE_URL/wiki" --user demo@example.com
expect "an empty --site is refused, not read as none" 2 '^error: invalid site: the site address is empty' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" whoami --site '' --user demo@example.com
expect "an empty CONFLUENCE_URL is refused" 2 '^error: invalid site: the site address is empty' \
  env CONFLUENCE_URL= CONFLUENCE_API_TOKEN=demo-token "$tui" whoami --user demo@example.com

# A user lookup that keeps failing leaves mentions as account ids, says so once, and costs a failed lookup, not one per page.
start_emulator "$bin/confluence-emulator" "$work/users-failing-emulator.log" --site Assets/demo-site --fail-rate 1 \
  --fail-path '/wiki/rest/api/user*' --request-log "$work/users-failing-requests.log"
expect "a page whose mentions cannot be named warns" 0 '^warning: could not look up the users page 66443 mentions, so some show as account ids: 503' \
  env CONFLUENCE_API_TOKEN=demo-token "$tui" page 66443 --format plain --site "$EMU_BASE_URL" --user demo@example.com
for pattern in '"unnamed_users" : \{' '^warning: [0-9]+ mentioned users could not be named, so their mentions count as account ids: 503'; do
  expect "a full pass whose mentions cannot be named says so (/$pattern/)" 0 "$pattern" \
    env CONFLUENCE_API_TOKEN=demo-token "$tui" preview --space APAC --full --json --site "$EMU_BASE_URL" --user demo@example.com
done
lookups=$(grep -c '/wiki/rest/api/user?' "$work/users-failing-requests.log" || true)
expect "the failing lookups are few ($lookups)" 0 '^ok$' sh -c '[ "$1" -le 60 ] && echo ok' sh "$lookups"

echo "cli: $passed passed, $failed failed"
((failed == 0))
