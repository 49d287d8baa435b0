using Microsoft.Extensions.AI;
using Newsjack.Core.Brands;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Relevance;

/// <summary>
/// Embeds the brand profile and every topic in one batch (one embedding per topic per run) and returns each topic's
/// cosine similarity to the brand, by topic id, for the brand scorer (Scoring.Decisions).
/// </summary>
public sealed class TopicEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator)
{
    public const int MaxCharacters = 1000;

    public async Task<IReadOnlyDictionary<string, double>> SimilaritiesAsync(
        BrandProfile brand, IReadOnlyList<ScoringSubject> subjects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(subjects);
        if (subjects.Count == 0)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }

        string[] texts = [BrandText(brand), .. subjects.Select(TopicText)];
        var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != texts.Length)
        {
            throw new InvalidOperationException($"the embedding service returned {embeddings.Count} embeddings for {texts.Length} texts");
        }

        var brandVector = embeddings[0].Vector;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++)
        {
            result[subjects[i].Id] = Math.Round(SemanticRelevance.Cosine(brandVector.Span, embeddings[i + 1].Vector.Span), 3);
        }

        return result;
    }

    public static string BrandText(BrandProfile brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return Cap(string.Join("\n", new[] { brand.Name, brand.Description, string.Join(", ", brand.Topics.Select(t => t.Phrase)) }.Where(p => p.Length > 0)));
    }

    public static string TopicText(ScoringSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        // The label alone: for most topics it is the lead item's title, which story grouping embedded already (a
        // cache hit). Label plus five titles cost 4-5 headlines each (128 word pieces): measured on 1,000 items,
        // that was half the model's time for no better fit (docs/design/embeddings.md).
        return Cap(subject.Label);
    }

    private static string Cap(string text) => text.Length <= MaxCharacters ? text : text[..MaxCharacters];
}
