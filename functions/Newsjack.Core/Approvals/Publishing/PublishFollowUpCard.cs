using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Compose;
using static Newsjack.Core.Cards.Compose.AdaptiveElements;

namespace Newsjack.Core.Approvals.Publishing;

/// <summary>
/// The follow-up card the Teams channel gets when an approved card ends: who approved it and when, and what was
/// published (or would have been, in dry run), or why publishing failed. Data goes in rich-text runs, never
/// markdown, like every card; the text is cut so the envelope stays within <see cref="CardEnvelope.MaxBytes"/>.
/// </summary>
public static class PublishFollowUpCard
{
    private const int MaxText = 3_000;

    /// <summary>The Workflows envelope for a card in <c>Published</c> or <c>PublishFailed</c>; null in any other state.</summary>
    public static string? Envelope(SuggestionCard card, string brandName, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (title, colour) = card.State switch
        {
            CardState.Published when dryRun => ("Approved: would publish (dry run)", "Accent"),
            CardState.Published => ("Approved and published", "Good"),
            CardState.PublishFailed => ("Approved, but publishing failed", "Attention"),
            _ => (null, null),
        };
        if (title is null)
        {
            return null;
        }

        var facts = new List<(string, string)>
        {
            ("Brand", brandName),
            ("Topic", Cut(card.TopicLabel, 200)),
            ("Approved by", card.DecidedBy ?? "unknown"),
            ("Approved at", Time(card.DecidedAt)),
            ("Platform", card.ChosenPlatform ?? "unknown"),
        };
        if (card.State == CardState.Published)
        {
            facts.Add((dryRun ? "Recorded at" : "Published at", Time(card.PublishedAt)));
        }

        var body = new JsonArray
        {
            Heading(title, color: colour),
            Facts(facts),
            Container(null, RichText(Run(card.State == CardState.PublishFailed ? "Not published:" : dryRun ? "Would have posted:" : "Posted:", bold: true)),
                RichText(Run(Cut(card.ChosenText ?? "", MaxText)))),
        };
        if (card.State == CardState.PublishFailed)
        {
            body.Add(Container("attention", RichText(Run("Why: ", bold: true), Run(Cut(card.LastError ?? "unknown error", 1_000)))));
        }
        else if (!dryRun && card.PublishReceipt is { Length: > 0 } receipt)
        {
            body.Add(RichText(Run("Publish target answered: " + Cut(receipt, 500), subtle: true)));
        }

        var adaptive = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.4",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
        };
        return CardEnvelope.Wrap(adaptive).ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static string Time(DateTimeOffset? at) =>
        at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "unknown";

    private static string Cut(string text, int max) => text.Length > max ? text[..max] + "…" : text;
}
