#!/bin/sh
# Creates the Confluence data source "minimal" in LlamaCloud.
# Needs LLAMA_CLOUD_API_KEY and CONFLUENCE_API_TOKEN in the environment.
set -eu
curl --fail-with-body --silent --show-error \
  --request POST \
  --url 'https://api.cloud.llamaindex.ai/api/v1/data-sources' \
  --header "Authorization: Bearer $LLAMA_CLOUD_API_KEY" \
  --header 'Content-Type: application/json' \
  --header 'Accept: application/json' \
  --data-raw '{
  "name": "minimal",
  "source_type": "CONFLUENCE",
  "component": {
    "server_url": "https://wiki.example.com",
    "authentication_mechanism": "oauth2",
    "api_token": "'"$CONFLUENCE_API_TOKEN"'",
    "page_ids": "123,456"
  }
}'
