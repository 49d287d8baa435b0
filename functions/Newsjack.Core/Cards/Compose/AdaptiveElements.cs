using System.Text.Json.Nodes;

namespace Newsjack.Core.Cards.Compose;

/// <summary>
/// The Adaptive Card 1.4 elements cards are built from. <see cref="Heading"/> is a TextBlock for our own fixed
/// words; anything that carries data goes through <see cref="RichText"/>, a RichTextBlock whose text runs Teams never
/// reads as markdown, so untrusted text cannot inject links or formatting.
/// </summary>
internal static class AdaptiveElements
{
    public static JsonObject Heading(string text, string size = "Medium", string? color = null) => With(new JsonObject
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["weight"] = "Bolder",
        ["size"] = size,
        ["wrap"] = true,
    }, "color", color);

    public static JsonObject RichText(params JsonObject[] runs) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray([.. runs]),
    };

    public static JsonObject Run(string text, bool bold = false, bool italic = false, string? size = null, string? color = null, bool subtle = false)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (bold)
        {
            run["weight"] = "Bolder";
        }

        if (italic)
        {
            run["italic"] = true;
        }

        if (subtle)
        {
            run["isSubtle"] = true;
        }

        return With(With(run, "size", size), "color", color);
    }

    public static JsonObject LinkRun(string text, Uri url) => new()
    {
        ["type"] = "TextRun",
        ["text"] = text,
        ["selectAction"] = OpenUrl(text, url),
    };

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Container(string? style, params JsonObject[] items) => With(new JsonObject
    {
        ["type"] = "Container",
        ["items"] = new JsonArray([.. items]),
        ["spacing"] = "Medium",
    }, "style", style);

    public static JsonObject OpenUrl(string title, Uri url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url.AbsoluteUri,
    };

    public static JsonObject ShowCard(string title, params JsonObject[] body) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray([.. body]),
        },
    };

    private static JsonObject With(JsonObject node, string name, string? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }

        return node;
    }
}
