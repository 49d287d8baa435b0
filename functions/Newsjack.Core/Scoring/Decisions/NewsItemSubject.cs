using Newsjack.Core.News;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>One news item as a scoring subject on its own (before clustering, or for per-item evaluation).</summary>
public static class NewsItemSubject
{
    public static ScoringSubject From(NewsItem item) => new()
    {
        Id = item.Id,
        Label = item.Title,
        Items = [new SubjectText(item.Id, string.IsNullOrWhiteSpace(item.Summary) ? item.Title : $"{item.Title}. {item.Summary}")],
        FirstSeen = item.PublishedAt,
        LastSeen = item.PublishedAt,
    };
}
