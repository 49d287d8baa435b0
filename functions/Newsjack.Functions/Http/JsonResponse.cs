using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Azure.Functions.Worker.Http;

namespace Newsjack.Functions.Http;

/// <summary>
/// Writes a JSON response with our source-generated (camelCase) contexts, so the Functions app answers exactly
/// like the local host; the worker's default serializer would write PascalCase.
/// </summary>
internal static class JsonResponse
{
    public static async Task<HttpResponseData> CreateAsync<T>(
        HttpRequestData request, HttpStatusCode status, T body, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var response = request.CreateResponse(status);
        response.Headers.Add("Content-Type", "application/json; charset=utf-8");
        await response.WriteBytesAsync(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo), cancellationToken);
        return response;
    }
}
