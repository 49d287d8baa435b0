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
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<LocalHostOptions>>((filter, local) =>
        {
            filter.AllowedHosts = Hosts(local.Value, urls).ToList();
            filter.IncludeFailureMessage = true;
        });
        return services;
    }

    public static IApplicationBuilder UseLocalOnly(this IApplicationBuilder app, string urls)
    {
        app.UseHostFiltering();
        var hosts = Hosts(app.ApplicationServices.GetRequiredService<IOptions<LocalHostOptions>>().Value, urls).ToHashSet(StringComparer.OrdinalIgnoreCase);
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

        if (request.Headers.Origin is { Count: > 0 } origins)
        {
            var origin = origins.ToString();
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !hosts.Contains(uri.Host))
            {
                return $"Origin '{origin}' is not this local host; only its own pages and non-browser clients may post here.";
            }
        }

        return string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase)
            ? "the browser marked this request cross-site; only this host's own pages and non-browser clients may post here."
            : null;
    }

    private static IEnumerable<string> Hosts(LocalHostOptions options, string urls) =>
        options.AllowedHosts.Concat(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(u => Uri.TryCreate(u.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Host : null)
                .Where(h => h is { Length: > 0 } and not "wildcard" and not "0.0.0.0" and not "[::]")
                .Select(h => h!))
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
