#!/bin/sh
# Creates the Confluence data source "eng-docs" in LlamaCloud.
# Needs LLAMA_CLOUD_API_KEY and CONFLUENCE_API_TOKEN in the environment.
set -eu
curl --fail-with-body --silent --show-error \
  --request POST \
  --url 'https://api.cloud.llamaindex.ai/api/v1/data-sources?project_id=proj-1' \
  --header "Authorization: Bearer $LLAMA_CLOUD_API_KEY" \
  --header 'Content-Type: application/json' \
  --header 'Accept: application/json' \
  --data-raw '{
  "name": "eng-docs",
  "source_type": "CONFLUENCE",
  "component": {
    "server_url": "https://example.atlassian.net/wiki",
    "authentication_mechanism": "basic",
    "user_name": "me@example.com",
    "api_token": "'"$CONFLUENCE_API_TOKEN"'",
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
}'
