#!/bin/sh
# Creates the Confluence data source "escaping" in LlamaCloud.
# Needs LLAMA_CLOUD_API_KEY in the environment.
set -eu
curl --fail-with-body --silent --show-error \
  --request POST \
  --url 'https://api.cloud.llamaindex.ai/api/v1/data-sources?project_id=p%201' \
  --header "Authorization: Bearer $LLAMA_CLOUD_API_KEY" \
  --header 'Content-Type: application/json' \
  --header 'Accept: application/json' \
  --data-raw '{
  "name": "escaping",
  "source_type": "CONFLUENCE",
  "component": {
    "server_url": "https://wiki.example.com",
    "authentication_mechanism": "oauth2",
    "user_name": "it'\''s \"quoted\" \\ back\nnew\tline $HOME `date` ${x} é 日本 🚀   \u0001",
    "api_token": "tok'\''\"$`\\x\n é",
    "cql": "it'\''s \"quoted\" \\ back\nnew\tline $HOME `date` ${x} é 日本 🚀   \u0001",
    "class_name": "Class'\''\"`$(id)"
  }
}'
