using System.Collections.Specialized;
using System.Text;
using System.Web;
using Microsoft.Azure.Functions.Worker.Http;

namespace Newsjack.Functions.Http;

/// <summary>
/// An `application/x-www-form-urlencoded` body read with a cap: null when it is over the cap, empty when it is no form
/// (the handler then answers as for a missing field), the fields otherwise.
/// </summary>
internal static class FormBody
{
    public static async Task<NameValueCollection?> ReadAsync(HttpRequestData request, long maxBytes, CancellationToken cancellationToken)
    {
        var contentType = request.Headers.TryGetValues("Content-Type", out var values) ? values.FirstOrDefault() : null;
        if (contentType is null || !contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return HttpUtility.ParseQueryString(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
