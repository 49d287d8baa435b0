using System.Collections.Specialized;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Newsjack.Azure.Approvals;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Functions.Http;

namespace Newsjack.Functions.Approvals;

/// <summary>
/// HTTP `GET /api/cards/{id}` shows the card page (changes nothing), `POST /api/cards/{id}` decides and any other
/// method answers 405, as the local host's card page endpoints do: <see cref="CardPageHandler"/> does the work.
/// Anonymous, because the links come from Teams: the signed link and App Service Authentication (the `X-MS-CLIENT-PRINCIPAL*` headers) protect them.
/// </summary>
public sealed class CardPage(CardPageHandler handler)
{
    [Function("ShowCardPage")]
    public async Task<HttpResponseData> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cards/{id}")] HttpRequestData req,
        string id,
        CancellationToken cancellationToken) =>
        await HtmlResponse.CreateAsync(req, await handler.ShowAsync(Request(req, id, req.Query), cancellationToken), cancellationToken);

    [Function("DecideCard")]
    public async Task<HttpResponseData> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cards/{id}")] HttpRequestData req,
        string id,
        CancellationToken cancellationToken)
    {
        var form = await FormBody.ReadAsync(req, CardPageHandler.MaxBodyBytes, cancellationToken);
        var page = form is null
            ? OutcomePages.TooLarge(CardPageHandler.MaxBodyBytes)
            : await handler.DecideAsync(Request(req, id, form), cancellationToken);
        return await HtmlResponse.CreateAsync(req, page, cancellationToken);
    }

    /// <summary>Any other method on a card link: 405 with `Allow`, as the local host answers, not the host's 404.</summary>
    [Function("CardPageWrongMethod")]
    public static async Task<HttpResponseData> WrongMethod(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", "delete", "patch", "options", "trace", Route = "cards/{id}")] HttpRequestData req,
        CancellationToken cancellationToken)
    {
        var response = await HtmlResponse.CreateAsync(req, OutcomePages.WrongMethod(), cancellationToken);
        response.Headers.Add("Allow", "GET, POST");
        return response;
    }

    private static CardPageRequest Request(HttpRequestData req, string id, NameValueCollection fields) => new(
        id,
        name => Single(fields.GetValues(name)),
        name => req.Headers.TryGetValues(name, out var values) ? Single([.. values]) : null,
        req.Cookies.FirstOrDefault(c => c.Name == AntiForgery.CookieName)?.Value,
        ClientAddress(req),
        req.Headers.TryGetValues("User-Agent", out var agent) ? agent.FirstOrDefault() : null,
        req.Url.Scheme == Uri.UriSchemeHttps);

    // A repeated field is ambiguous: treat it as absent rather than pick one (as the local host does).
    private static string? Single(string[]? values) => values is [var only] ? only : null;

    // Behind the App Service front ends the caller is the first X-Forwarded-For address.
    private static string? ClientAddress(HttpRequestData req) =>
        req.Headers.TryGetValues("X-Forwarded-For", out var values)
            ? values.FirstOrDefault()?.Split(',')[0].Trim()
            : null;
}
