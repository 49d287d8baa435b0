// Newsjack on Azure: one resource group with a Flex Consumption function app, its storage account (Tables,
// Queues, Blobs, and the Functions host's own state), an Event Hubs namespace for social buzz, a Key Vault for the
// webhook URLs and signing keys, monitoring, and optionally Azure AI Language and Azure OpenAI. Every connection is
// identity-based (user-assigned managed identity); no key or connection string is stored in settings.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; seeds the resource token and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Primary location for all resources.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the developer running azd, granted data access for local debugging. Empty: none.')
param principalId string = ''

@description('6-field NCRONTAB (UTC) for PollFeeds.')
param newsPollSchedule string = '0 */1 * * * *'

@description('6-field NCRONTAB (UTC) for CleanupBuzz.')
param buzzCleanupSchedule string = '0 17 * * * *'

@description('6-field NCRONTAB (UTC) for DetectTopics.')
param topicsSchedule string = '*/30 * * * * *'

@description('6-field NCRONTAB (UTC) for ExpireCards.')
param expireCardsSchedule string = '0 */5 * * * *'

@description('Prefix of every Newsjack table, queue and container (Storage__Prefix).')
param storagePrefix string = 'nj'

@description('Path of the feeds file (JSON, see samples/feeds.json) inside the deployed app; empty polls no feeds.')
param newsFeedsFile string = ''

@description('Folder of brand profiles inside the deployed app (Scoring__BrandsFolder); empty scores no brand.')
param brandsFolder string = ''

@description('App settings read from Key Vault, as the brand profiles name them: TEAMS_WEBHOOK_*, PUBLISH_WEBHOOK_*, PUBLISH_WEBHOOK_*_SECRET.')
param secretSettings array = []

@description('Client id of the Entra ID app registration for App Service Authentication in front of the card pages; empty: no Easy Auth (card pages then refuse every decision).')
param authClientId string = ''

@description('Provision Azure AI Language and turn the mood signal on.')
param withLanguage bool = false

@description('Provision Azure OpenAI with an embeddings deployment and use it instead of the local model.')
param withOpenAi bool = false

var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var socialHubName = 'social-buzz'
var socialConsumerGroup = 'newsjack'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'
// Physical queue names, StorageNames.Queue(name) = "{prefix}-{name}", as PipelineJobs binds them.
var queueNames = [for queue in ['feed-polls', 'score-topics', 'suggestions', 'publish']: '${storagePrefix}-${queue}']
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2021-04-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity './app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
    location: location
    tags: tags
  }
}

module storage './app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    queueNames: queueNames
  }
}

module keyVault './app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
  }
}

module language './app/language.bicep' = if (withLanguage) {
  name: 'language'
  scope: rg
  params: {
    name: '${abbrs.cognitiveServicesTextAnalytics}${resourceToken}'
    location: location
    tags: tags
  }
}

module openAi './app/openai.bicep' = if (withOpenAi) {
  name: 'openai'
  scope: rg
  params: {
    name: '${abbrs.cognitiveServicesAccounts}${resourceToken}'
    location: location
    tags: tags
  }
}

module eventHubs './app/eventhubs.bicep' = {
  name: 'eventhubs'
  scope: rg
  params: {
    name: '${abbrs.eventHubNamespaces}${resourceToken}'
    location: location
    tags: tags
    hubName: socialHubName
    consumerGroupName: socialConsumerGroup
  }
}

module monitoring './app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module api './app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    eventHubNamespaceName: eventHubs.outputs.namespaceName
    socialHubName: socialHubName
    socialConsumerGroup: socialConsumerGroup
    storagePrefix: storagePrefix
    newsPollSchedule: newsPollSchedule
    buzzCleanupSchedule: buzzCleanupSchedule
    topicsSchedule: topicsSchedule
    expireCardsSchedule: expireCardsSchedule
    newsFeedsFile: newsFeedsFile
    brandsFolder: brandsFolder
    keyVaultName: keyVault.outputs.name
    secretSettings: secretSettings
    languageEndpoint: withLanguage ? language!.outputs.endpoint : ''
    openAiEndpoint: withOpenAi ? openAi!.outputs.endpoint : ''
    openAiDeployment: withOpenAi ? openAi!.outputs.deployment : ''
  }
}

module auth './app/auth.bicep' = if (!empty(authClientId)) {
  name: 'auth'
  scope: rg
  params: {
    functionAppName: api.outputs.name
    clientId: authClientId
  }
}

module rbac './app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    eventHubNamespaceName: eventHubs.outputs.namespaceName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    managedIdentityPrincipalId: identity.outputs.principalId
    keyVaultName: keyVault.outputs.name
    languageName: withLanguage ? language!.outputs.name : ''
    openAiName: withOpenAi ? openAi!.outputs.name : ''
    userPrincipalId: principalId
  }
}

// Outputs are named like the settings they feed, so `azd env get-values` can fill a local.settings.json.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output Storage__AccountName string = storage.outputs.name
output EventHubConnection__fullyQualifiedNamespace string = eventHubs.outputs.fullyQualifiedNamespace
output SOCIAL_HUB string = socialHubName
output SOCIAL_CONSUMER_GROUP string = socialConsumerGroup
output Storage__Prefix string = storagePrefix
output FEED_POLL_QUEUE string = '${storagePrefix}-feed-polls'
output SCORE_TOPICS_QUEUE string = '${storagePrefix}-score-topics'
output SUGGESTIONS_QUEUE string = '${storagePrefix}-suggestions'
output PUBLISH_QUEUE string = '${storagePrefix}-publish'
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.applicationInsightsConnectionString
output Language__Endpoint string = withLanguage ? language!.outputs.endpoint : ''
output Embeddings__Endpoint string = withOpenAi ? openAi!.outputs.endpoint : ''
output Embeddings__Deployment string = withOpenAi ? openAi!.outputs.deployment : ''
output CardLinks__BaseUrl string = api.outputs.uri
