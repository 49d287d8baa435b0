using System.Net;
using Microsoft.Azure.Functions.Worker.Http;
using Newsjack.Core.Approvals.Pages;

namespace Newsjack.Functions.Http;

/// <summary>Writes a page as the local host does: its status, the security headers, the cookie it sets, the HTML.</summary>
internal static class HtmlResponse
{
    public static async Task<HttpResponseData> CreateAsync(HttpRequestData request, PageResponse page, CancellationToken cancellationToken)
    {
        var response = request.CreateResponse((HttpStatusCode)page.Status);
        response.Headers.Add("Content-Type", PageLayout.ContentType);
        foreach (var (name, value) in PageLayout.SecurityHeaders)
        {
            response.Headers.Add(name, value);
        }

        if (page.SetCookie is { } cookie)
        {
            response.Headers.Add("Set-Cookie", cookie);
        }

        await response.WriteStringAsync(page.Html, cancellationToken);
        return response;
    }
}
