using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Hosting;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// Keeps the local host local. It answers only its own host names (so a DNS-rebinding page cannot reach it by
/// another name), and refuses a state-changing request from a browser page on any other site: its Origin is
/// not ours, or the browser says `Sec-Fetch-Site: cross-site`. `POST /api/buzz` also takes JSON content types
/// only, so a form or `text/plain` post (which browsers send without asking) is refused before it is read.
/// </summary>
internal static class LocalOnly
{
    public static IServiceCollection AddLocalOnly(this IServiceCollection services, string urls)
    {
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<LocalHostOptions>, IConfiguration>((filter, local, configuration) =>
        {
            filter.AllowedHosts = Hosts(local.Value, configuration, urls).ToList();
            filter.IncludeFailureMessage = true;
        });
        return services;
    }

    public static IApplicationBuilder UseLocalOnly(this IApplicationBuilder app, string urls)
    {
        app.UseHostFiltering();
        var services = app.ApplicationServices;
        var hosts = Hosts(services.GetRequiredService<IOptions<LocalHostOptions>>().Value, services.GetRequiredService<IConfiguration>(), urls)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return app.Use(async (context, next) =>
        {
            if (CrossSite(context.Request, hosts) is { } reason)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                var problem = new ProblemResponse(
                    "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4", "Cross-site request refused", 403, reason, context.TraceIdentifier);
                await context.Response.WriteAsJsonAsync(problem, HostingJsonContext.Default.ProblemResponse, ProblemResponse.ContentType, context.RequestAborted);
                return;
            }

            await next(context);
        });
    }

    private static string? CrossSite(HttpRequest request, HashSet<string> hosts)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return null;
        }

        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (request.Headers.Origin is { Count: > 0 } origins)
        {
            var origin = origins.ToString();
            // A page with `Referrer-Policy: no-referrer` (our card pages) posts `Origin: null`; the browser's
            // Sec-Fetch-Site then says whether it was our own page.
            var ownNullOrigin = origin == "null" && fetchSite is "same-origin";
            if (!ownNullOrigin && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !hosts.Contains(uri.Host)))
            {
                return $"Origin '{origin}' is not this local host; only its own pages and non-browser clients may post here.";
            }
        }

        return string.Equals(fetchSite, "cross-site", StringComparison.OrdinalIgnoreCase)
            ? "the browser marked this request cross-site; only this host's own pages and non-browser clients may post here."
            : null;
    }

    /// <summary>The configured hosts, the `--urls` hosts, and the host card links point at (approvers open those pages).</summary>
    private static IEnumerable<string> Hosts(LocalHostOptions options, IConfiguration configuration, string urls) =>
        options.AllowedHosts.Concat($"{urls};{configuration["CardLinks:BaseUrl"]}".Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(u => Uri.TryCreate(u.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Host : null)
                .Where(h => h is { Length: > 0 } and not "wildcard" and not "0.0.0.0" and not "[::]")
                .Select(h => h!))
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
