using System.Text.Json;
using Newsjack.Core.Scoring.Risk.Json;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// The phrase lexicons: one embedded JSON data file per category (`Risk/Lexicons/*.json`), or files handed in
/// to replace them. Scans a text for every rule's hits.
/// </summary>
public sealed class RiskLexicon(IReadOnlyList<LexiconRule> rules)
{
    private const string ResourcePrefix = "Newsjack.Core.Risk.Lexicons.";
    private static readonly Lazy<RiskLexicon> Embedded = new(LoadEmbedded);

    public static RiskLexicon Default => Embedded.Value;

    public IReadOnlyList<LexiconRule> Rules { get; } = rules;

    public IReadOnlyList<LexiconHit> Scan(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var present = text.StemsAndTexts();
        return [.. Rules.SelectMany(r => r.Find(text, present))];
    }

    public static IReadOnlyList<LexiconRule> Read(Stream content, string file)
    {
        var json = JsonSerializer.Deserialize(content, RiskDataJsonContext.Default.LexiconFileJson)
            ?? throw new InvalidDataException($"{file}: empty lexicon");
        if (json.Category is null || !RiskCategories.All.Contains(json.Category))
        {
            throw new InvalidDataException($"{file}: category: '{json.Category}' is not one of the twelve risk categories");
        }

        var rules = new List<LexiconRule>();
        for (var i = 0; i < (json.Entries?.Count ?? 0); i++)
        {
            var entry = json.Entries![i];
            if (!RiskTiers.TryParse(entry.Tier, out var tier) || tier == RiskTier.None)
            {
                throw new InvalidDataException($"{file}: entries[{i}].tier: '{entry.Tier}' is not floor, high, medium or low");
            }

            if (entry.Terms is not { Count: > 0 })
            {
                throw new InvalidDataException($"{file}: entries[{i}].terms: at least one term is required");
            }

            rules.Add(new LexiconRule(
                json.Category, tier, Compile(entry.Terms), Compile(entry.Cancel), Compile(entry.Require),
                entry.Window ?? 4, entry.Negatable ?? true, entry.Examples ?? [], entry.CounterExamples ?? []));
        }

        return rules;
    }

    private static Phrase[] Compile(IReadOnlyList<string>? phrases) => [.. (phrases ?? []).Select(p => new Phrase(p))];

    private static RiskLexicon LoadEmbedded()
    {
        var assembly = typeof(RiskLexicon).Assembly;
        var rules = new List<LexiconRule>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            rules.AddRange(Read(stream, name));
        }

        return new RiskLexicon(rules);
    }
}
