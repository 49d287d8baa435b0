// The Event Hubs namespace that social-buzz producers write to (Kafka endpoint, so Standard tier: Basic has no
// Kafka and only $Default). Local (SAS) auth is off: producers and the function app authenticate with Entra.
param name string
param location string
param tags object
param hubName string
param consumerGroupName string

@description('Partitions bound the trigger\'s scale-out; 4 is plenty for one brand portfolio.')
param partitionCount int = 4

@description('Hours an event stays readable; covers a day of function app outage.')
param retentionHours int = 24

resource namespace 'Microsoft.EventHub/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: 'Standard', tier: 'Standard', capacity: 1 }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    kafkaEnabled: true
    isAutoInflateEnabled: false
  }

  resource hub 'eventhubs' = {
    name: hubName
    properties: {
      partitionCount: partitionCount
      retentionDescription: { cleanupPolicy: 'Delete', retentionTimeInHours: retentionHours }
    }

    // A dedicated group for the function app, so other readers (replay tools) never steal its partitions.
    resource consumerGroup 'consumergroups' = {
      name: consumerGroupName
    }
  }
}

output namespaceName string = namespace.name
output id string = namespace.id
output fullyQualifiedNamespace string = '${namespace.name}.servicebus.windows.net'
