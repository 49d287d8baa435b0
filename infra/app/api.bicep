// The Newsjack function app on Flex Consumption (FC1), .NET 10 isolated worker. It reaches Storage, Event Hubs
// and Application Insights with its user-assigned identity; the settings below name endpoints, never secrets.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string
param eventHubNamespaceName string
param socialHubName string
param socialConsumerGroup string
param storagePrefix string
param newsPollSchedule string
param buzzCleanupSchedule string
param topicsSchedule string
param expireCardsSchedule string

@description('Path of the feeds file inside the deployed app (News__FeedsFile). Empty: no feeds are polled.')
param newsFeedsFile string = ''

@description('Folder of brand profiles inside the deployed app (Scoring__BrandsFolder). Empty: no brand is scored.')
param brandsFolder string = ''

@description('Key Vault holding the secrets below; each becomes a Key Vault reference resolved with the app identity.')
param keyVaultName string

@description('App settings read from Key Vault: the webhook settings the brand profiles name (TEAMS_WEBHOOK_*, PUBLISH_WEBHOOK_*, PUBLISH_WEBHOOK_*_SECRET). Each reads the secret of the same name with _ written - (Key Vault allows no _).')
param secretSettings array = []

@description('Public base URL of the card links (CardLinks__BaseUrl); empty: the app\'s default host name.')
param cardLinksBaseUrl string = ''

@description('Azure AI Language endpoint; empty leaves the mood signal off (Language__Enabled=false).')
param languageEndpoint string = ''

@description('Azure OpenAI endpoint and embeddings deployment; empty keeps the local embedding model (Embeddings__Provider=local).')
param openAiEndpoint string = ''
param openAiDeployment string = ''

@description('Upper bound of Flex Consumption instances; Event Hubs scale-out is also bounded by the partition count.')
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

var identitySettings = [
  // Functions host storage (timers, Event Hubs checkpoints, queue triggers) through the managed identity.
  { name: 'AzureWebJobsStorage__accountName', value: storage.name }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
  // Connection = "EventHubConnection" on the IngestBuzz trigger resolves to these.
  { name: 'EventHubConnection__fullyQualifiedNamespace', value: '${eventHubNamespaceName}.servicebus.windows.net' }
  { name: 'EventHubConnection__credential', value: 'managedidentity' }
  { name: 'EventHubConnection__clientId', value: identityClientId }
  // DefaultAzureCredential (Newsjack's own storage clients) picks the user-assigned identity by this id.
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights.properties.ConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
]

var newsjackSettings = [
  { name: 'Storage__AccountName', value: storage.name }
  { name: 'Storage__Prefix', value: storagePrefix }
  { name: 'NEWS_POLL_SCHEDULE', value: newsPollSchedule }
  { name: 'BUZZ_CLEANUP_SCHEDULE', value: buzzCleanupSchedule }
  { name: 'TOPICS_SCHEDULE', value: topicsSchedule }
  // Physical queue name: StorageNames.Queue("feed-polls") = "{prefix}-feed-polls".
  { name: 'FEED_POLL_QUEUE', value: '${storagePrefix}-feed-polls' }
  // Physical queue name: StorageNames.Queue("score-topics"); DetectTopics sends one message per run, ScoreTopics reads it.
  { name: 'SCORE_TOPICS_QUEUE', value: '${storagePrefix}-score-topics' }
  // Physical queue name: StorageNames.Queue("suggestions"); one message per card, DeliverSuggestion reads it.
  { name: 'SUGGESTIONS_QUEUE', value: '${storagePrefix}-suggestions' }
  // Physical queue name: StorageNames.Queue("publish"); one message per approved card, Publish reads it.
  { name: 'PUBLISH_QUEUE', value: '${storagePrefix}-publish' }
  { name: 'EXPIRE_CARDS_SCHEDULE', value: expireCardsSchedule }
  { name: 'SOCIAL_HUB', value: socialHubName }
  { name: 'SOCIAL_CONSUMER_GROUP', value: socialConsumerGroup }
]

var feedsSettings = empty(newsFeedsFile) ? [] : [{ name: 'News__FeedsFile', value: newsFeedsFile }]
var brandsSettings = empty(brandsFolder) ? [] : [{ name: 'Scoring__BrandsFolder', value: brandsFolder }]

// Secrets never appear in the template or the app settings: each value is a Key Vault reference, resolved by the
// platform with the user-assigned identity (keyVaultReferenceIdentity below). Card-link keys rotate by moving the
// current secret to CardLinks--PreviousKey (docs/operations.md).
var keyVaultReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='
var cardLinkSettings = [
  { name: 'CardLinks__BaseUrl', value: empty(cardLinksBaseUrl) ? 'https://${name}.azurewebsites.net/' : cardLinksBaseUrl }
  { name: 'CardLinks__CurrentKeyId', value: '${keyVaultReference}CardLinks--CurrentKeyId)' }
  { name: 'CardLinks__CurrentKey', value: '${keyVaultReference}CardLinks--CurrentKey)' }
  { name: 'CardLinks__PreviousKeyId', value: '${keyVaultReference}CardLinks--PreviousKeyId)' }
  { name: 'CardLinks__PreviousKey', value: '${keyVaultReference}CardLinks--PreviousKey)' }
  { name: 'Approvals__Identity', value: 'EasyAuth' }
  { name: 'Publish__DryRun', value: 'true' }
]
var brandSecretSettings = [for setting in secretSettings: {
  name: setting
  value: '${keyVaultReference}${replace(setting, '_', '-')})'
}]

var languageSettings = empty(languageEndpoint) ? [{ name: 'Language__Enabled', value: 'false' }] : [
  { name: 'Language__Enabled', value: 'true' }
  { name: 'Language__Endpoint', value: languageEndpoint }
]
var embeddingsSettings = empty(openAiEndpoint) ? [{ name: 'Embeddings__Provider', value: 'local' }] : [
  { name: 'Embeddings__Provider', value: 'azure' }
  { name: 'Embeddings__Endpoint', value: openAiEndpoint }
  { name: 'Embeddings__Deployment', value: openAiDeployment }
]

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: concat(
        identitySettings, newsjackSettings, feedsSettings, brandsSettings, cardLinkSettings, brandSecretSettings, languageSettings, embeddingsSettings)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }
}

output name string = functionApp.name
output uri string = 'https://${functionApp.properties.defaultHostName}'
