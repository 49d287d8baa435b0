// Newsjack on Azure: one resource group with a Flex Consumption function app, its storage account (Tables,
// Queues, Blobs, and the Functions host's own state), an Event Hubs namespace for social buzz, and monitoring.
// Every connection is identity-based (user-assigned managed identity); no key or connection string is stored.
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
param topicsSchedule string = '0 */5 * * * *'

@description('6-field NCRONTAB (UTC) for ExpireCards.')
param expireCardsSchedule string = '0 */5 * * * *'

@description('Prefix of every Newsjack table, queue and container (Storage__Prefix).')
param storagePrefix string = 'nj'

@description('Path of the feeds file (JSON, see samples/feeds.json) inside the deployed app; empty polls no feeds.')
param newsFeedsFile string = ''

var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var socialHubName = 'social-buzz'
var socialConsumerGroup = 'newsjack'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'

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
    name: '${abbrs.webSitesFunctions}${resourceToken}'
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
