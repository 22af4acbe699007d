#!/bin/sh
# Creates the Confluence data source "minimal" in LlamaCloud.
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
  --url 'https://api.cloud.llamaindex.ai/api/v1/data-sources' \
  --header @/dev/fd/3 \
  --header 'Content-Type: application/json' \
  --header 'Accept: application/json' \
  --data-binary @- 3<<HEADERS <<BODY
Authorization: Bearer ${LLAMA_CLOUD_API_KEY}
HEADERS
{
  "name": "minimal",
  "source_type": "CONFLUENCE",
  "component": {
    "server_url": "https://wiki.example.com",
    "authentication_mechanism": "oauth2",
    "api_token": "${CONFLUENCE_API_TOKEN_JSON}",
    "page_ids": "123,456"
  }
}
BODY
