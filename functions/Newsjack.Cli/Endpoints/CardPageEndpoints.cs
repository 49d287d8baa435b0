using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Newsjack.Azure.Approvals;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Cards.Links;

namespace Newsjack.Cli.Endpoints;

/// <summary>
/// `GET /api/cards/{id}` shows the card page, `POST /api/cards/{id}` decides (form fields plus the anti-forgery
/// cookie), any other method answers 405. Adapters only: <see cref="CardPageHandler"/> does the work.
/// </summary>
public static class CardPageEndpoints
{
    public static IEndpointRouteBuilder MapCardPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var route = "/" + CardLinkFields.PageRoute;
        endpoints.MapGet(route, async (HttpContext http, string id, CardPageHandler handler, CancellationToken cancellationToken) =>
            Write(http, await handler.ShowAsync(Request(http, id, k => Value(http.Request.Query[k])), cancellationToken)));
        endpoints.MapPost(route, async (HttpContext http, string id, CardPageHandler handler, CancellationToken cancellationToken) =>
        {
            var form = await ReadFormAsync(http, cancellationToken);
            return Write(http, form is null
                ? OutcomePages.TooLarge(CardPageHandler.MaxBodyBytes)
                : await handler.DecideAsync(Request(http, id, k => Value(form[k])), cancellationToken));
        }).DisableAntiforgery();
        endpoints.MapMethods(route, ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "GET, POST";
            return Write(http, OutcomePages.WrongMethod());
        });
        return endpoints;
    }

    /// <summary>The posted form, or null when the body is over the limit; a body that is no form reads as empty.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > CardPageHandler.MaxBodyBytes)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = CardPageHandler.MaxBodyBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            return FormCollection.Empty;
        }

        try
        {
            return await http.Request.ReadFormAsync(new FormOptions { BufferBody = false, ValueLengthLimit = (int)CardPageHandler.MaxBodyBytes }, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static CardPageRequest Request(HttpContext http, string id, Func<string, string?> field) => new(
        id,
        field,
        name => Value(http.Request.Headers[name]),
        http.Request.Cookies[AntiForgery.CookieName],
        http.Connection.RemoteIpAddress?.ToString(),
        Value(http.Request.Headers.UserAgent),
        http.Request.IsHttps);

    // A repeated field is ambiguous: treat it as absent rather than pick one.
    private static string? Value(StringValues values) => values.Count == 1 ? values[0] : null;

    private static IResult Write(HttpContext http, PageResponse page)
    {
        foreach (var (name, value) in PageLayout.SecurityHeaders)
        {
            http.Response.Headers[name] = value;
        }

        if (page.SetCookie is { } cookie)
        {
            http.Response.Headers.Append("Set-Cookie", cookie);
        }

        return Results.Content(page.Html, PageLayout.ContentType, statusCode: page.Status);
    }
}
