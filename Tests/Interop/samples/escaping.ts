// Creates the Confluence data source "escaping" in LlamaCloud.
// Needs LLAMA_CLOUD_API_KEY in the environment.
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
  name: 'escaping',
  source_type: 'CONFLUENCE',
  component: {
    server_url: 'https://wiki.example.com',
    authentication_mechanism: 'oauth2',
    user_name: 'it\'s "quoted" \\ back\nnew\tline $HOME `date` ${x} é 日本 🚀 \u2028 \u0001 \u202erlo\u202c \u009bc1 z\u200bw tag\udb40\udc41',
    api_token: 'tok\'"$`\\x\n é',
    cql: 'it\'s "quoted" \\ back\nnew\tline $HOME `date` ${x} é 日本 🚀 \u2028 \u0001 \u202erlo\u202c \u009bc1 z\u200bw tag\udb40\udc41',
    class_name: 'Class\'"`$(id)',
  },
  project_id: 'p 1',
});
console.log(dataSource.id);
