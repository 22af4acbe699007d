#!/bin/sh
# Creates the Confluence data source "eng-docs" in LlamaCloud.
# Needs LLAMA_CLOUD_API_KEY and CONFLUENCE_API_TOKEN in the environment.
set -eu
: "${LLAMA_CLOUD_API_KEY:?is not set; export it before running this script}"
: "${CONFLUENCE_API_TOKEN:?is not set; export it before running this script}"
case "$LLAMA_CLOUD_API_KEY" in *[[:cntrl:]]*) echo "LLAMA_CLOUD_API_KEY holds a control character, which this script does not send" >&2; exit 1 ;; esac
case "$CONFLUENCE_API_TOKEN" in *[[:cntrl:]]*) echo "CONFLUENCE_API_TOKEN holds a control character, which this script does not send" >&2; exit 1 ;; esac
CONFLUENCE_API_TOKEN_JSON=$(printf '%s' "$CONFLUENCE_API_TOKEN" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')
# The key and the body reach curl on descriptor 3 and standard input: arguments would show them in ps.
curl --fail-with-body --silent --show-error \
  --request POST \
  --url 'https://api.cloud.llamaindex.ai/api/v1/data-sources?project_id=proj-1' \
  --header @/dev/fd/3 \
  --header 'Content-Type: application/json' \
  --header 'Accept: application/json' \
  --data-binary @- 3<<HEADERS <<BODY
Authorization: Bearer ${LLAMA_CLOUD_API_KEY}
HEADERS
{
  "name": "eng-docs",
  "source_type": "CONFLUENCE",
  "component": {
    "server_url": "https://example.atlassian.net/wiki",
    "authentication_mechanism": "basic",
    "user_name": "me@example.com",
    "api_token": "${CONFLUENCE_API_TOKEN_JSON}",
    "space_key": "ENG",
    "index_restricted_pages": false,
    "keep_markdown_format": true,
    "failure_handling": {
      "skip_list_failures": true
    },
    "supports_access_control": false,
    "sync_permissions": true,
    "class_name": "CloudConfluenceDataSource"
  }
}
BODY
