using System.Text.Json;
using Microsoft.Extensions.AI;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.SecondOpinion;

/// <summary>
/// The fixed rubric a chat model is asked for a topic about to be suggested: the same for every brand (risk is
/// about the story, not the brand), answered as one JSON object. The topic text is the one the text analyzer
/// reads (<see cref="TopicAnalysisDocument"/>): label, first titles, a few posts.
/// </summary>
public static class SecondOpinionRubric
{
    public const string Instructions = """
        You check news topics for brand safety before a brand is invited to post about them.
        Read the topic (a label, then headlines and posts, one per line) and answer with one JSON object only:
        {"category": "<one id>", "tier": "<none|low|medium|high|floor>", "reason": "<one short sentence>"}
        category ids: none, death_injury_conflict, terrorism, crime_harmful_acts, hate_speech_aggression,
        arms_ammunition, adult_explicit, obscenity_profanity, drugs_tobacco_alcohol, spam_harmful, online_piracy,
        sensitive_social_issues, misinformation.
        tier floor: anyone died, was killed or badly hurt, a disaster, war, terror, abuse, self-harm or suicide,
        or a remembrance, tribute or vigil for someone who died, however gently it is worded.
        high: violence, crime, hate or a tragedy feared but not confirmed. medium: divisive politics, strikes,
        lawsuits, health scares. low: mild controversy. none: safe for a light-hearted brand post.
        Judge what the story is about, not single words: "killing it", "a shot of espresso" and
        "sudden-death overtime" are safe; a "family assistance centre" after a crash is not.
        """;

    /// <summary>At most this many characters of the reason are kept (it is shown on cards and in reports).</summary>
    public const int MaxReasonCharacters = 200;

    public static IList<ChatMessage> Messages(ScoringSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, TopicAnalysisDocument.Build(subject).Text)];
    }

    /// <summary>The opinion in an answer, or null when the answer is not the JSON the rubric asks for.</summary>
    public static Opinion? Parse(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return null;
        }

        // Models sometimes wrap the object in a code fence or a sentence: read the outermost braces.
        var start = answer.IndexOf('{', StringComparison.Ordinal);
        var end = answer.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(answer.AsMemory(start, end - start + 1));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("category", out var category) || category.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("tier", out var tier) || tier.ValueKind != JsonValueKind.String
                || !RiskTiers.TryParse(tier.GetString(), out var parsed))
            {
                return null;
            }

            var id = category.GetString() ?? "";
            if (id != "none" && !RiskCategories.All.Contains(id))
            {
                return null;
            }

            var reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? (r.GetString() ?? "").Trim() : "";
            return new Opinion(id, parsed, reason.Length <= MaxReasonCharacters ? reason : reason[..MaxReasonCharacters]);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
