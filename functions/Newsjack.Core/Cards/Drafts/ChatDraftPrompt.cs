using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Text;

namespace Newsjack.Core.Cards.Drafts;

/// <summary>
/// What a chat model is asked for a card's drafts: the brand's voice, hashtags and description, what it must never
/// touch (its avoid list, competitors, tragedies, nationalities, ethnicities, religions), the topic as the risk
/// reader sees it; answered as one JSON object. Only drafts for known platforms within their length limit are kept,
/// and they still go through <see cref="DraftSafety"/> like the template drafts.
/// </summary>
public static class ChatDraftPrompt
{
    public const int MaxDrafts = 3;

    public static IList<ChatMessage> Messages(BrandProfile brand, ScoringSubject subject)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(subject);
        var system = new StringBuilder()
            .AppendLine($"You write short social media posts for the brand {brand.Name}: {brand.Description}")
            .AppendLine($"Voice: {brand.Voice.Tone}; {(brand.Voice.Emoji ? "one emoji is welcome" : "no emoji")}; end with the hashtags {string.Join(' ', brand.Voice.Hashtags)}.")
            .AppendLine("Never: joke about or use a tragedy, a death, a disaster or a crime; mock a nationality, ethnicity or religion; insult or name a competitor"
                + (brand.Competitors.Count > 0 ? $" ({string.Join(", ", brand.Competitors)})" : "") + "; invent facts; include links."
                + (brand.Avoid.Count > 0 ? $" Never mention: {string.Join(", ", brand.Avoid)}." : ""))
            .AppendLine($"Answer with one JSON object only: {{\"drafts\": [{{\"platform\": \"<{string.Join('|', DraftPlatform.All.Select(p => p.Id))}>\", \"text\": \"<the post>\"}}]}}")
            .Append($"At most {MaxDrafts} drafts; X posts at most {DraftPlatform.X.MaxLength} characters.")
            .ToString();
        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, TopicAnalysisDocument.Build(subject).Text)];
    }

    /// <summary>The usable drafts of an answer (none when it is not the JSON asked for).</summary>
    public static IReadOnlyList<DraftPost> Parse(string? answer)
    {
        var start = answer?.IndexOf('{', StringComparison.Ordinal) ?? -1;
        var end = answer?.LastIndexOf('}') ?? -1;
        if (answer is null || start < 0 || end <= start)
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(answer.AsMemory(start, end - start + 1));
            if (!json.RootElement.TryGetProperty("drafts", out var drafts) || drafts.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return [.. drafts.EnumerateArray()
                .Where(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty("platform", out var p) && p.ValueKind == JsonValueKind.String
                    && d.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                .Select(d => (Platform: DraftPlatform.All.FirstOrDefault(p => p.Id == d.GetProperty("platform").GetString()), Text: d.GetProperty("text").GetString()!.Trim()))
                .Where(d => d.Platform is not null && d.Text.Length > 0)
                .Select(d => new DraftPost(d.Platform!, d.Text, "model"))
                .Where(d => d.Length <= d.Platform.MaxLength)
                .Take(MaxDrafts)];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
