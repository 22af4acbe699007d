#!/bin/sh
# Creates the Confluence data source "escaping" in LlamaCloud.
# Needs LLAMA_CLOUD_API_KEY in the environment.
set -eu
: "${LLAMA_CLOUD_API_KEY:?is not set; export it before running this script}"
case "$LLAMA_CLOUD_API_KEY" in *[[:cntrl:]]*) echo "LLAMA_CLOUD_API_KEY holds a control character, which this script does not send" >&2; exit 1 ;; esac
# The key and the body reach curl on descriptor 3 and standard input: arguments would show them in ps.
curl --fail-with-body --silent --show-error \
  --request POST \
  --url 'https://api.cloud.llamaindex.ai/api/v1/data-sources?project_id=p%201' \
  --header @/dev/fd/3 \
  --header 'Content-Type: application/json' \
  --header 'Accept: application/json' \
  --data-binary @- 3<<HEADERS <<BODY
Authorization: Bearer ${LLAMA_CLOUD_API_KEY}
HEADERS
{
  "name": "escaping",
  "source_type": "CONFLUENCE",
  "component": {
    "server_url": "https://wiki.example.com",
    "authentication_mechanism": "oauth2",
    "user_name": "it's \\"quoted\\" \\\\ back\\nnew\\tline \$HOME \`date\` \${x} é 日本 🚀   \\u0001 \\u202erlo\\u202c \\u009bc1 z\\u200bw tag\\udb40\\udc41",
    "api_token": "tok'\\"\$\`\\\\x\\n é",
    "cql": "it's \\"quoted\\" \\\\ back\\nnew\\tline \$HOME \`date\` \${x} é 日本 🚀   \\u0001 \\u202erlo\\u202c \\u009bc1 z\\u200bw tag\\udb40\\udc41",
    "class_name": "Class'\\"\`\$(id)"
  }
}
BODY
