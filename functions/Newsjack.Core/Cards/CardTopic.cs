using Newsjack.Core.News;
using Newsjack.Core.Text;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Cards;

/// <summary>What a card shows about the topic itself: label, headline, momentum, window and top sources.</summary>
public sealed record CardTopic(
    string Label,
    string? Headline,
    TopicMomentum? Momentum,
    IReadOnlyList<CardSource> Sources,
    IReadOnlyList<string> Outlets,
    int PostCount)
{
    private const int MaxSources = 5;

    public DateTimeOffset? WindowClosesAt => Momentum?.WindowClosesAt is { } at && at > DateTimeOffset.MinValue ? at : null;

    /// <summary>From the detected topic (when known) and the items it was built from; a subject alone gives label and headline only.</summary>
    public static CardTopic From(ScoringSubject subject, Topic? topic, IReadOnlyDictionary<string, NewsItem> items)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(items);
        var ids = topic?.ItemIds ?? [.. subject.Items.Select(i => i.Id)];
        var duplicates = topic?.DuplicateItemIds.ToHashSet(StringComparer.Ordinal) ?? [];
        var found = ids.Where(items.ContainsKey).Select(id => items[id]).ToList();
        var sources = found.Where(i => !duplicates.Contains(i.Id))
            .OrderByDescending(i => UntrustedText.Link(i.Url) is not null)
            .ThenByDescending(i => i.PublishedAt)
            .DistinctBy(i => i.Source ?? i.Id, StringComparer.OrdinalIgnoreCase)
            .Take(MaxSources)
            .Select(i => new CardSource(i.Source ?? "news", i.Title, UntrustedText.Link(i.Url)))
            .ToList();
        var headline = found.FirstOrDefault(i => !string.Equals(i.Title, subject.Label, StringComparison.Ordinal))?.Title;
        return new CardTopic(subject.Label, headline, topic?.Momentum, sources, topic?.Outlets ?? [], topic?.PostCount ?? subject.Posts.Count);
    }
}
