using System.Text.Json;
using Newsjack.Core.Scoring.Risk.Json;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// The KLM lesson: a nation's loss may be a fine moment for an airline, but a draft must never mock the loser.
/// Adds a tone constraint to such topics and checks drafts for mockery of a nation, its team or fans.
/// </summary>
public sealed class ToneGuard(IReadOnlyList<Phrase> nations, IReadOnlyList<Phrase> lossTerms, IReadOnlyList<string> mockery)
{
    private static readonly Lazy<ToneGuard> Embedded = new(() =>
    {
        using var stream = typeof(ToneGuard).Assembly.GetManifestResourceStream("Newsjack.Core.Risk.Tone.rivalry.json")!;
        var json = JsonSerializer.Deserialize(stream, RiskDataJsonContext.Default.RivalryJson);
        return new ToneGuard(Compile(json?.Nations), Compile(json?.LossTerms), json?.Mockery ?? []);
    });

    public static ToneGuard Default => Embedded.Value;

    /// <summary>The tone constraint for a topic whose texts report a nation or team losing; null otherwise.</summary>
    public string? ConstraintFor(IEnumerable<TokenizedText> texts)
    {
        var list = texts.ToList();
        var nation = list.SelectMany(t => nations.Where(n => n.FindAll(t).Any())).FirstOrDefault();
        var lost = list.Any(t => lossTerms.Any(l => l.FindAll(t).Any()));
        return nation is not null && lost
            ? $"tone: {nation.Text} lost; celebrate or help travellers, never mock a nation, its team or its fans"
            : null;
    }

    /// <summary>Problems with a draft: mockery words next to a nation (or in a topic about a loss).</summary>
    public IReadOnlyList<string> CheckDraft(string draft, bool topicIsALoss)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = WordSplitter.Split(draft);
        var mocking = mockery.Where(m => char.IsLetter(m[0])
            ? new Phrase(m).FindAll(text).Any()
            : draft.Contains(m, StringComparison.Ordinal)).ToList();
        var nation = nations.FirstOrDefault(n => n.FindAll(text).Any());
        if (mocking.Count == 0 || (nation is null && !topicIsALoss))
        {
            return [];
        }

        var target = nation?.Text ?? "the losing side";
        return [$"draft mocks {target}: {string.Join(", ", mocking.Select(m => $"'{m}'"))}"];
    }

    private static Phrase[] Compile(IReadOnlyList<string>? phrases) => [.. (phrases ?? []).Select(p => new Phrase(p))];
}
