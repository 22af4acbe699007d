# Creates the Confluence data source "eng-docs" in LlamaCloud.
# Needs LLAMA_CLOUD_API_KEY and CONFLUENCE_API_TOKEN in the environment.
import os

from llama_cloud import LlamaCloud
from llama_cloud.types.shared_params import CloudConfluenceDataSource

client = LlamaCloud(api_key=os.environ["LLAMA_CLOUD_API_KEY"])

data_source = client.data_sources.create(
    name="eng-docs",
    source_type="CONFLUENCE",
    component=CloudConfluenceDataSource(
        server_url="https://example.atlassian.net/wiki",
        authentication_mechanism="basic",
        user_name="me@example.com",
        api_token=os.environ["CONFLUENCE_API_TOKEN"],
        space_key="ENG",
        index_restricted_pages=False,
        keep_markdown_format=True,
        failure_handling={"skip_list_failures": True},
        supports_access_control=False,
        sync_permissions=True,
        class_name="CloudConfluenceDataSource",
    ),
    project_id="proj-1",
)
print(data_source.id)
