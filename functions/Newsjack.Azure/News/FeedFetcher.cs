using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Http;

namespace Newsjack.Azure.News;

/// <summary>
/// Fetches one feed over a typed <see cref="HttpClient"/>: conditional GET, redirects followed by hand (with loop
/// detection and a limit), a size cap enforced while streaming, and one explicit timeout for the whole fetch.
/// Failures of the feed come back as <see cref="FeedFetchStatus.Failed"/>; only the caller's cancellation throws.
/// </summary>
public sealed class FeedFetcher(HttpClient http, IOptions<NewsOptions> options, TimeProvider time, ILogger<FeedFetcher> logger)
{
    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    public async Task<FeedFetchResult> FetchAsync(string feed, Uri url, FeedValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var settings = options.Value;
        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(settings.FetchTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        FeedFetchResult result;
        try
        {
            result = await FollowAsync(url, validators, settings, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            result = Failed($"timed out after {settings.FetchTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException ex)
        {
            result = Failed($"request failed: {ex.Message}");
        }
        catch (IOException ex)
        {
            result = Failed($"connection broke while reading: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            result = Failed($"body could not be decompressed: {ex.Message}");
        }

        NewsLog.Fetched(logger, feed, url.Host, result.Status, result.Redirects);
        return result with { Elapsed = time.GetElapsedTime(started) };
    }

    private async Task<FeedFetchResult> FollowAsync(Uri url, FeedValidators validators, NewsOptions settings, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            if (!visited.Add(current.AbsoluteUri))
            {
                return Failed($"redirect loop: redirect {redirects} leads back to an address already visited", redirects);
            }

            using var request = CreateRequest(current, validators, settings);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (redirects >= settings.MaxRedirects)
                {
                    return Failed($"too many redirects (more than {settings.MaxRedirects.ToString(CultureInfo.InvariantCulture)})", redirects, status);
                }

                var next = NextLocation(current, response);
                if (next is null)
                {
                    return Failed($"HTTP {status.ToString(CultureInfo.InvariantCulture)} redirect without a usable http(s) Location", redirects, status);
                }

                current = next;
                continue;
            }

            return await ReadAsync(response, settings, redirects, cancellationToken);
        }
    }

    private static async Task<FeedFetchResult> ReadAsync(HttpResponseMessage response, NewsOptions settings, int redirects, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var validators = new FeedValidators(Header(response, "ETag"), Header(response, "Last-Modified"));
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FeedFetchResult { Status = FeedFetchStatus.NotModified, StatusCode = status, Validators = validators, Redirects = redirects };
        }

        if (!response.IsSuccessStatusCode)
        {
            return Failed($"HTTP {status.ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}".TrimEnd(), redirects, status);
        }

        var limit = settings.MaxFeedBytes;
        if (response.Content.Headers.ContentLength is long declared && declared > limit)
        {
            return Failed($"too large: Content-Length {declared.ToString(CultureInfo.InvariantCulture)} bytes is over the limit of {limit.ToString(CultureInfo.InvariantCulture)} (News:MaxFeedBytes)", redirects, status);
        }

        var body = await CappedBody.ReadAsync(response.Content, limit, cancellationToken);
        if (body is null)
        {
            return Failed($"too large: more than {limit.ToString(CultureInfo.InvariantCulture)} bytes (News:MaxFeedBytes)", redirects, status);
        }

        return new FeedFetchResult
        {
            Status = FeedFetchStatus.Fetched,
            StatusCode = status,
            Content = body.Value,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            Validators = validators,
            Redirects = redirects,
        };
    }

    private static HttpRequestMessage CreateRequest(Uri url, FeedValidators validators, NewsOptions settings)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        if (!string.IsNullOrEmpty(validators.ETag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", validators.ETag);
        }

        if (!string.IsNullOrEmpty(validators.LastModified))
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", validators.LastModified);
        }

        return request;
    }

    private static Uri? NextLocation(Uri current, HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
        return next.Scheme == Uri.UriSchemeHttp || next.Scheme == Uri.UriSchemeHttps ? next : null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? values.FirstOrDefault()
            : null;

    private static FeedFetchResult Failed(string error, int redirects = 0, int? status = null) =>
        new() { Status = FeedFetchStatus.Failed, Error = error, Redirects = redirects, StatusCode = status };
}
