using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Newsjack.Integration.Tests.Scoring.Language;

/// <summary>
/// Per-document answers like the service's: a small word list for sentiment, capitalised words as entities,
/// e-mail addresses as PII, "bonjour" as French; over-long or unsupported-language documents fail one by one.
/// Adds members newer api-versions send (type, tags, metadata) so the client must ignore unknown members.
/// </summary>
internal static partial class FakeLanguageAnswers
{
    private static readonly string[] Supported = ["en", "fr", "es", "de"];

    public static JsonNode? Error(JsonNode document)
    {
        var text = (string?)document["text"] ?? "";
        var language = (string?)document["language"];
        return string.IsNullOrWhiteSpace(text) ? Failure("InvalidDocument", "Document text is empty.")
            : new StringInfo(text).LengthInTextElements > 5120 ? Failure("InvalidDocument", "A document within the request was too large to be processed. Limit document size to: 5120 text elements.")
            : language is not null && !Supported.Contains(language) ? Failure("UnsupportedLanguageCode", $"Invalid language code '{language}'.")
            : null;
    }

    public static JsonObject Answer(string kind, JsonNode document)
    {
        var text = (string)document["text"]!;
        var result = new JsonObject { ["id"] = (string)document["id"]!, ["warnings"] = new JsonArray() };
        switch (kind)
        {
            case "SentimentAnalysis":
                var (label, p, n) = Sentiment(text);
                result["sentiment"] = label;
                result["confidenceScores"] = new JsonObject { ["positive"] = p, ["neutral"] = 1 - p - n, ["negative"] = n };
                result["sentences"] = new JsonArray();
                break;
            case "EntityRecognition":
                result["entities"] = Entities(Capitalised().Matches(text), m => m.Value is "Cairo" or "Seattle" ? "Location" : "Organization");
                break;
            case "PiiEntityRecognition":
                result["entities"] = Entities(Email().Matches(text), _ => "Email");
                result["redactedText"] = Email().Replace(text, m => new string('*', m.Length));
                break;
            default:
                var french = text.Contains("bonjour", StringComparison.OrdinalIgnoreCase);
                result["detectedLanguage"] = new JsonObject
                {
                    ["name"] = french ? "French" : "English", ["iso6391Name"] = french ? "fr" : "en", ["confidenceScore"] = 0.99, ["scriptName"] = "Latin",
                };
                break;
        }

        return result;
    }

    private static JsonObject Failure(string inner, string message) => new()
    {
        ["code"] = "InvalidArgument", ["message"] = "Invalid document in request.",
        ["innererror"] = new JsonObject { ["code"] = inner, ["message"] = message },
    };

    private static (string Label, double Positive, double Negative) Sentiment(string text)
    {
        var good = Regex.IsMatch(text, @"\b(great|love|win|dunk)\b", RegexOptions.IgnoreCase);
        var bad = Regex.IsMatch(text, @"\b(tragedy|awful|dead|hurricane)\b", RegexOptions.IgnoreCase);
        return (good, bad) switch
        {
            (true, true) => ("mixed", 0.45, 0.45),
            (true, false) => ("positive", 0.9, 0.02),
            (false, true) => ("negative", 0.03, 0.92),
            _ => ("neutral", 0.1, 0.1),
        };
    }

    private static JsonArray Entities(MatchCollection matches, Func<Match, string> category) =>
        [.. matches.Select(m => (JsonNode)new JsonObject
        {
            ["text"] = m.Value, ["category"] = category(m), ["offset"] = m.Index, ["length"] = m.Length, ["confidenceScore"] = 0.8,
            ["type"] = "Unknown", ["tags"] = new JsonArray(new JsonObject { ["name"] = category(m), ["confidenceScore"] = 0.8 }),
            ["metadata"] = new JsonObject { ["metadataKind"] = "None" },
        })];

    [GeneratedRegex(@"\b[A-Z][a-z]+\b")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"[\w.]+@[\w.]+\.\w+")]
    private static partial Regex Email();
}
