// Optional Azure AI Language resource for the mood signal (Language__Enabled). Local (key) auth is off: the app
// calls it with its managed identity (Cognitive Services User, in rbac.bicep).
param name string
param location string
param tags object

@allowed(['F0', 'S'])
@description('F0: 5,000 text records a month free; S: pay per 1,000 records.')
param sku string = 'S'

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: { name: sku }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = language.name
output endpoint string = language.properties.endpoint
