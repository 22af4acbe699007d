// Creates the Confluence data source "eng-docs" in LlamaCloud.
// Needs LLAMA_CLOUD_API_KEY and CONFLUENCE_API_TOKEN in the environment.
// Run it as an ES module: it uses top-level await.
import LlamaCloud from '@llamaindex/llama-cloud';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(name + ' is not set; export it before running this module');
  }
  return value;
}

const client = new LlamaCloud({ apiKey: required('LLAMA_CLOUD_API_KEY') });

const dataSource = await client.dataSources.create({
  name: 'eng-docs',
  source_type: 'CONFLUENCE',
  component: {
    server_url: 'https://example.atlassian.net/wiki',
    authentication_mechanism: 'basic',
    user_name: 'me@example.com',
    api_token: required('CONFLUENCE_API_TOKEN'),
    space_key: 'ENG',
    index_restricted_pages: false,
    keep_markdown_format: true,
    failure_handling: { skip_list_failures: true },
    supports_access_control: false,
    sync_permissions: true,
    class_name: 'CloudConfluenceDataSource',
  },
  project_id: 'proj-1',
});
console.log(dataSource.id);
