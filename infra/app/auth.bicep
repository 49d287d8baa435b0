// App Service Authentication (Easy Auth) with Entra ID in front of the card pages and the report: approvers sign in,
// and the front end sets X-MS-CLIENT-PRINCIPAL-NAME, which only it may set (Approvals__Identity=EasyAuth).
// Machine endpoints stay outside it: /api/buzz keeps its function key, /api/health is anonymous for probes.
param functionAppName string

@description('Client id of the Entra ID app registration that approvers sign in to.')
param clientId string

@description('Tenant whose users may sign in.')
param tenantId string = tenant().tenantId

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource auth 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: ['/api/health', '/api/buzz']
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [clientId, 'api://${clientId}']
        }
      }
    }
    login: {
      tokenStore: { enabled: false }
    }
    httpSettings: {
      requireHttps: true
    }
  }
}
