using Azure.Core;
using Azure.Core.Pipeline;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>Adds the resource key on every attempt (Azure.Core's own AzureKeyCredentialPolicy is internal).</summary>
internal sealed class SubscriptionKeyPolicy(string key) : HttpPipelineSynchronousPolicy
{
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(HeaderName, key);
}
