using System.Text.Json.Nodes;
using NJsonSchema;

namespace Newsjack.Core.Tests.Cards;

/// <summary>
/// Checks a Teams envelope the way our cards must pass: the official Adaptive Card schema (a copy in Fixtures/Schemas,
/// MIT) on the card with `msteams` stripped, version 1.4, and only elements Teams renders from a Workflows post.
/// </summary>
internal static class CardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Schemas", "adaptive-card-1.5.schema.json")).GetAwaiter().GetResult());

    private static readonly HashSet<string> Elements14 =
    [
        "AdaptiveCard", "TextBlock", "RichTextBlock", "TextRun", "FactSet", "ColumnSet", "Column", "Container", "Image", "ImageSet",
        "ActionSet", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility",
    ];

    private static int _validated;

    /// <summary>How many cards the schema checked in this test run.</summary>
    public static int Validated => _validated;

    /// <summary>The problems found; empty when the envelope is a valid 1.4 card.</summary>
    public static IReadOnlyList<string> Problems(string envelopeJson)
    {
        var envelope = JsonNode.Parse(envelopeJson)!.AsObject();
        var problems = new List<string>();
        if ((string?)envelope["type"] != "message")
        {
            problems.Add("envelope type is not 'message'");
        }

        var attachment = envelope["attachments"]![0]!.AsObject();
        if ((string?)attachment["contentType"] != "application/vnd.microsoft.card.adaptive")
        {
            problems.Add("contentType is not the adaptive card type");
        }

        var card = attachment["content"]!.DeepClone().AsObject();
        if ((string?)card["version"] != "1.4")
        {
            problems.Add($"version is {card["version"]}, not 1.4");
        }

        StripTeams(card);
        Interlocked.Increment(ref _validated);
        problems.AddRange(Schema.Value.Validate(card.ToJsonString()).Select(e => $"{e.Path}: {e.Kind}"));
        problems.AddRange(Types(card).Where(t => !Elements14.Contains(t)).Select(t => $"element {t} is not a 1.4 element"));
        return problems;
    }

    public static IEnumerable<JsonObject> Nodes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Select(p => p.Value).SelectMany(Nodes))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Nodes))
                {
                    yield return child;
                }

                break;
        }
    }

    private static IEnumerable<string> Types(JsonObject card) =>
        Nodes(card).Select(o => o["type"]).OfType<JsonValue>().Select(v => v.GetValue<string>()).Distinct();

    private static void StripTeams(JsonNode? node)
    {
        foreach (var o in Nodes(node).ToList())
        {
            o.Remove("msteams");
            o.Remove("msTeams");
        }
    }
}
