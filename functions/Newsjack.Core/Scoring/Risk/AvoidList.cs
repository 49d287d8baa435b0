using Newsjack.Core.Brands;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>The brand's own avoid list: any mention in items, hashtags or posts means no card, whatever the tier.</summary>
internal static class AvoidList
{
    public static IReadOnlyList<string> Hits(BrandProfile brand, IReadOnlyList<(SubjectText Source, TokenizedText Text)> texts)
    {
        var hits = new List<string>();
        foreach (var avoid in brand.Avoid.Select(a => new Phrase(a)))
        {
            var found = texts.SelectMany(t => avoid.FindAll(t.Text).Select(m => (t.Source, Snippet: t.Text.Snippet(m.Start, m.End)))).FirstOrDefault();
            if (found.Source is not null)
            {
                hits.Add($"avoid '{avoid.Text}': \"{found.Snippet}\" ({found.Source.Id})");
            }
        }

        return hits;
    }
}
