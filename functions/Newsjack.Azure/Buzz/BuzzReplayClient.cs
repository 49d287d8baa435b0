using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Newsjack.Core.Buzz;
using Newsjack.Core.Serialization;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Posts NDJSON batches to `POST /api/buzz`. 429 and 5xx are retried a few times, waiting as the server's
/// Retry-After says (capped) or backing off; other failures throw <see cref="HttpRequestException"/> with the status.
/// </summary>
public sealed class BuzzReplayClient(HttpClient http, TimeProvider time)
{
    public const int MaxAttempts = 4;
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public async Task<BuzzIngestSummary> PostAsync(Uri url, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (var attempt = 1; ; attempt++)
        {
            using var content = new StringContent(string.Join('\n', lines) + "\n", Encoding.UTF8, "application/x-ndjson");
            using var response = await http.PostAsync(url, content, cancellationToken);
            var status = (int)response.StatusCode;
            if ((status == 429 || status >= 500) && attempt < MaxAttempts)
            {
                await Task.Delay(Wait(response, attempt), time, cancellationToken);
                continue;
            }

            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.BadRequest)
            {
                var summary = await response.Content.ReadFromJsonAsync(NewsjackJsonContext.Default.BuzzIngestSummary, cancellationToken);
                return summary ?? throw new HttpRequestException($"{url} answered {status} without a summary", null, response.StatusCode);
            }

            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                string.Create(CultureInfo.InvariantCulture, $"{url} answered {status} {response.ReasonPhrase} after {attempt} attempt(s): {detail[..Math.Min(detail.Length, 200)]}"),
                null, response.StatusCode);
        }
    }

    private TimeSpan Wait(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(Math.Pow(2, attempt - 1)));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxWait ? MaxWait : wait;
    }
}
