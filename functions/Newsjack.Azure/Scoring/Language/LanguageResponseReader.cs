using System.Text.Json;
using Azure;
using Newsjack.Azure.Scoring.Language.Wire;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>Turns a response into results, or into a <see cref="RequestFailedException"/> that says what went wrong.</summary>
internal static class LanguageResponseReader
{
    public static WireResults Read(Response response, string kind)
    {
        if (response.IsError)
        {
            var error = Parse(response, LanguageJsonContext.Default.WireErrorResponse)?.Error;
            var code = error?.BestCode ?? "Http" + response.Status;
            throw new RequestFailedException(
                response.Status, $"Azure AI Language refused {kind} ({response.Status} {code}): {error?.BestMessage ?? response.ReasonPhrase}", code, null);
        }

        var results = response.Status == 200 ? Parse(response, LanguageJsonContext.Default.AnalyzeTextResponse)?.Results : null;
        return results ?? throw new RequestFailedException(
            response.Status,
            $"Azure AI Language answered {kind} with {response.Status} and no results; analyze-text is synchronous and must answer 200 with a JSON body.",
            "EmptyResponse",
            null);
    }

    private static T? Parse<T>(Response response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (response.Content is not { } content || content.ToMemory().IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content.ToMemory().Span, type);
        }
        catch (JsonException)
        {
            return null; // Not the service's JSON (a proxy's HTML page, say): the status says enough.
        }
    }
}
