using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Cli.Endpoints;

/// <summary>
/// The local Teams for developers: `POST /dev/teams/{channel}` takes a Workflows webhook post (202, or 400 with the
/// reason Workflows would fail it for), `GET /dev/inbox` shows the received cards newest first, rendered by the
/// `adaptivecards` renderer the host serves itself (`/dev/assets/…`, no CDN), and `GET /dev/inbox.json` returns
/// `[{"channel","receivedAt","envelope"}]`, newest first.
/// </summary>
public static partial class DevTeamsEndpoints
{
    /// <summary>Read no further than this; Workflows refuses anything over 28 KB anyway.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapDevTeamsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/dev/teams/{channel}", ReceiveAsync).DisableAntiforgery();
        endpoints.MapGet("/dev/inbox.json", (HttpContext http, DevTeamsInbox inbox, string? channel) =>
        {
            NoStore(http);
            return Results.Bytes(InboxJson(inbox.Entries(channel)), "application/json; charset=utf-8");
        });
        endpoints.MapGet("/dev/inbox", (HttpContext http, DevTeamsInbox inbox, IOptions<LocalHostOptions> options, string? channel) =>
        {
            NoStore(http);
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
            var renderer = AdaptiveCardsScript.Find(options.Value.AdaptiveCardsScript);
            return Results.Content(DevInboxPage.Render(inbox.Entries(channel), channel, renderer is not null), "text/html; charset=utf-8");
        });
        endpoints.MapGet("/dev/assets/inbox.js", () => Results.Text(DevInboxPage.Script, "text/javascript; charset=utf-8"));
        endpoints.MapGet("/dev/assets/adaptivecards.min.js", (IOptions<LocalHostOptions> options) =>
            AdaptiveCardsScript.Find(options.Value.AdaptiveCardsScript) is { } path
                ? Results.File(path, "text/javascript; charset=utf-8")
                : Results.NotFound());
        endpoints.MapGet("/dev/assets/adaptivecards.css", (IOptions<LocalHostOptions> options) =>
            AdaptiveCardsScript.FindStyleSheet(options.Value.AdaptiveCardsScript) is { } path
                ? Results.File(path, "text/css; charset=utf-8")
                : Results.NotFound());
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, string channel, DevTeamsInbox inbox, CancellationToken cancellationToken)
    {
        if (!ChannelName().IsMatch(channel))
        {
            return Results.Text($"channel '{channel}' must be 1-64 letters, digits, '.', '_' or '-'", statusCode: StatusCodes.Status400BadRequest);
        }

        var body = await ReadAsync(request.Body, cancellationToken);
        var problem = body is null ? $"message is over {MaxBodyBytes} bytes" : MediaTypeProblem(request.ContentType);
        var entry = inbox.Receive(channel, body ?? "", problem);
        return entry.Accepted
            ? Results.StatusCode(StatusCodes.Status202Accepted)
            : Results.Text(entry.Problem!, statusCode: StatusCodes.Status400BadRequest);
    }

    private static string? MediaTypeProblem(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Content-Type must be application/json (was '{contentType ?? "none"}')";

    private static async Task<string?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The contract's shape: accepted posts only (a refused body is no envelope), the envelope as sent.</summary>
    internal static byte[] InboxJson(IReadOnlyList<DevInboxEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (var entry in entries.Where(e => e.Accepted))
            {
                json.WriteStartObject();
                json.WriteString("channel", entry.Channel);
                json.WriteString("receivedAt", entry.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                json.WritePropertyName("envelope");
                json.WriteRawValue(entry.Body);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return stream.ToArray();
    }

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ChannelName();
}
