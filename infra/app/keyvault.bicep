// Key Vault for the secrets the app reads through Key Vault references: Teams and publish webhook URLs (one per
// brand, named by the brand profile's webhookSetting), publish signing secrets and the card-link signing keys.
// RBAC authorization only (no access policies); operators set the secret values, the template never sees them.
param name string
param location string
param tags object

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = vault.name
output id string = vault.id
output uri string = vault.properties.vaultUri
