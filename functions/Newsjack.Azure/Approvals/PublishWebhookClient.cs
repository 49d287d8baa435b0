using System.Net.Http.Headers;
using System.Text.Json;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Core.Serialization;
using Polly.Timeout;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// Sends one <see cref="PublishPayload"/> to a brand's publish webhook, signed (<see cref="WebhookSignature"/>) and
/// with <c>Idempotency-Key</c> set to the card id, so a receiver can drop a retried duplicate. Retries (429 with
/// Retry-After, 5xx, timeouts) come from the resilience handler registered with it; any 2xx is success; anything
/// else throws <see cref="HttpRequestException"/> with the status and the start of the body. The URL is never in a
/// message. Thread-safe.
/// </summary>
public sealed class PublishWebhookClient(HttpClient http)
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private const int MaxBodyShown = 2_000;

    public async Task<PublishReceipt> SendAsync(PublishTarget target, PublishPayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(payload);
        var body = JsonSerializer.SerializeToUtf8Bytes(payload, NewsjackJsonContext.Default.PublishPayload);
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Compute(body, target.Secret));
        request.Headers.Add(IdempotencyHeader, payload.CardId);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new HttpRequestException($"the {target} did not answer in time, after retries", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new HttpRequestException($"the {target} could not be reached: {ex.HttpRequestError}", ex, ex.StatusCode);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var shown = text.Length > MaxBodyShown ? text[..MaxBodyShown] + "…" : text;
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    $"the {target} answered {(int)response.StatusCode} {response.ReasonPhrase}: {shown}", null, response.StatusCode);
            }

            return new PublishReceipt((int)response.StatusCode, shown);
        }
    }
}
