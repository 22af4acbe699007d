# Creates the Confluence data source "minimal" in LlamaCloud.
# Needs LLAMA_CLOUD_API_KEY and CONFLUENCE_API_TOKEN in the environment.
import os

from llama_cloud import LlamaCloud
from llama_cloud.types.shared_params import CloudConfluenceDataSource

client = LlamaCloud(api_key=os.environ["LLAMA_CLOUD_API_KEY"])

data_source = client.data_sources.create(
    name="minimal",
    source_type="CONFLUENCE",
    component=CloudConfluenceDataSource(
        server_url="https://wiki.example.com",
        authentication_mechanism="oauth2",
        api_token=os.environ["CONFLUENCE_API_TOKEN"],
        page_ids="123,456",
    ),
)
print(data_source.id)
