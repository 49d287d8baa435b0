using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newsjack.Core.Cards.Delivery;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Newsjack.Azure.Cards;

/// <summary>
/// Posts one envelope to a Teams Workflows webhook. Retries within the attempt (429 honouring Retry-After, 5xx,
/// timeouts) come from the resilience handler registered with it; the result says accepted (any 2xx, body never
/// parsed), permanent (other 4xx, with the start of the body) or transient. The URL, whose `sig` is the credential,
/// never appears in a result, an exception or a log line (request logging is removed at registration). Thread-safe.
/// </summary>
public sealed class TeamsWebhookClient(HttpClient http)
{
    private const int MaxBodyKept = 2_000;

    public async Task<TeamsPostResult> PostAsync(Uri webhook, string envelopeJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook)
        {
            Content = new StringContent(envelopeJson, Encoding.UTF8, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        };
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return TeamsPostResult.Accepted(status);
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var kept = body.Length > MaxBodyKept ? body[..MaxBodyKept] + "…" : body;
            var detail = $"HTTP {status} {response.ReasonPhrase}" + (kept.Length > 0 ? $": {kept}" : "");
            var transient = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || status >= 500;
            return new TeamsPostResult(transient ? TeamsPostOutcome.Transient : TeamsPostOutcome.Permanent, status, detail);
        }
        catch (TimeoutRejectedException)
        {
            return new TeamsPostResult(TeamsPostOutcome.Transient, null, "timed out, after retries");
        }
        catch (BrokenCircuitException)
        {
            return new TeamsPostResult(TeamsPostOutcome.Transient, null, "too many recent failures: circuit open");
        }
        catch (HttpRequestException ex)
        {
            return new TeamsPostResult(TeamsPostOutcome.Transient, null, $"could not be reached ({ex.HttpRequestError})");
        }
    }
}
