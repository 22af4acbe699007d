# Creates the Confluence data source "escaping" in LlamaCloud.
# Needs LLAMA_CLOUD_API_KEY in the environment.
import os

from llama_cloud import LlamaCloud
from llama_cloud.types.shared_params import CloudConfluenceDataSource

client = LlamaCloud(api_key=os.environ["LLAMA_CLOUD_API_KEY"])

data_source = client.data_sources.create(
    name="escaping",
    source_type="CONFLUENCE",
    component=CloudConfluenceDataSource(
        server_url="https://wiki.example.com",
        authentication_mechanism="oauth2",
        user_name="it's \"quoted\" \\ back\nnew\tline $HOME `date` ${x} é 日本 🚀 \u2028 \u0001 \u202erlo\u202c \u009bc1 z\u200bw tag\U000e0041",
        api_token="tok'\"$`\\x\n é",
        cql="it's \"quoted\" \\ back\nnew\tline $HOME `date` ${x} é 日本 🚀 \u2028 \u0001 \u202erlo\u202c \u009bc1 z\u200bw tag\U000e0041",
        class_name="Class'\"`$(id)",
    ),
    project_id="p 1",
)
print(data_source.id)
