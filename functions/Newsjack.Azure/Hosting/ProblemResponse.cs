using System.Globalization;
using System.Text.Json.Serialization;
using Newsjack.Azure.Storage;

namespace Newsjack.Azure.Hosting;

/// <summary>
/// An RFC 9457 problem-details body (`application/problem+json`), the answer of both hosts when a request fails
/// for a reason of the server's own. It names no exception text: that can hold storage URLs; the log has it
/// under <see cref="TraceId"/>.
/// </summary>
public sealed record ProblemResponse(string Type, string Title, int Status, string Detail, string TraceId)
{
    public const string ContentType = "application/problem+json";

    [JsonIgnore]
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>503 with a Retry-After for a transient storage fault, else 500.</summary>
    public static ProblemResponse For(Exception exception, string traceId)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (StorageFault.IsTransient(exception))
        {
            var wait = StorageFault.RetryAfter(exception);
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            return new ProblemResponse(
                "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4", "Storage unavailable", 503,
                $"Storage did not answer or is busy; retry the request unchanged after {seconds} s.",
                traceId) { RetryAfter = TimeSpan.FromSeconds(seconds) };
        }

        return new ProblemResponse(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1", "Internal error", 500,
            $"The request failed on the server; its log has the details under trace id {traceId}.", traceId);
    }

    /// <summary>The Retry-After header value in whole seconds, or null.</summary>
    public string? RetryAfterHeader() =>
        RetryAfter is { } wait ? ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture) : null;
}
