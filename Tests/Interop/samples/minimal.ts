// Creates the Confluence data source "minimal" in LlamaCloud.
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
  name: 'minimal',
  source_type: 'CONFLUENCE',
  component: {
    server_url: 'https://wiki.example.com',
    authentication_mechanism: 'oauth2',
    api_token: required('CONFLUENCE_API_TOKEN'),
    page_ids: '123,456',
  },
});
console.log(dataSource.id);
