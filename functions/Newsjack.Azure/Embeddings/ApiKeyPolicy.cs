using Azure.Core;
using Azure.Core.Pipeline;

namespace Newsjack.Azure.Embeddings;

/// <summary>Adds the Azure OpenAI resource key on every attempt.</summary>
internal sealed class ApiKeyPolicy(string key) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue("api-key", key);
}
