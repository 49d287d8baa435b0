// Optional Azure OpenAI resource with one embeddings deployment (Embeddings__Provider=azure). Local (key) auth is
// off: the app calls it with its managed identity (Cognitive Services OpenAI User, in rbac.bicep).
param name string
param location string
param tags object

@description('Embeddings model deployed as Embeddings__Deployment.')
param embeddingModel string = 'text-embedding-3-small'

param embeddingModelVersion string = '1'

@description('Deployment capacity in thousands of tokens per minute.')
param capacity int = 120

resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }

  resource embeddings 'deployments' = {
    name: embeddingModel
    sku: { name: 'Standard', capacity: capacity }
    properties: {
      model: { format: 'OpenAI', name: embeddingModel, version: embeddingModelVersion }
    }
  }
}

output name string = openAi.name
output endpoint string = openAi.properties.endpoint
output deployment string = openAi::embeddings.name
