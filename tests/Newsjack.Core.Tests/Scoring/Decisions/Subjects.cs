using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Decisions;

/// <summary>Builds scoring subjects for tests: a label, news texts, posts, hashtags and momentum, seen just now.</summary>
internal static class Subjects
{
    public static readonly DateTimeOffset Now = new(2026, 2, 3, 15, 0, 0, TimeSpan.Zero);

    public static ScoringSubject Make(string label, string[] items, string[]? posts = null, string[]? hashtags = null, double? sigma = 4)
    {
        return new ScoringSubject
        {
            Id = "t-" + label.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
            Label = label,
            Hashtags = hashtags ?? [],
            Items = [.. items.Select((t, i) => new SubjectText($"n{i + 1}", t))],
            Posts = [.. (posts ?? []).Select((t, i) => new SubjectText($"p{i + 1}", t))],
            MomentumSigma = sigma,
            FirstSeen = Now.AddHours(-2),
            LastSeen = Now.AddMinutes(-10),
        };
    }
}
