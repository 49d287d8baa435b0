using System.Globalization;

namespace Newsjack.Core.Cards.Delivery;

/// <summary>
/// Teams Workflows limits per webhook, as exact rolling windows over the times of the posts already made: a
/// minimum gap between posts (about one a second) and budgets per window (defaults under Teams' 100/h, 150/2 h,
/// 1,800/day). A post over budget is held until the oldest post in the full window leaves it, never dropped.
/// </summary>
public sealed class PostBudget(TimeSpan minimumGap, IReadOnlyList<PostBudgetWindow> windows)
{
    public TimeSpan MinimumGap { get; } = minimumGap;

    public IReadOnlyList<PostBudgetWindow> Windows { get; } = windows;

    public PostBudgetDecision Reserve(IReadOnlyList<DateTimeOffset> sent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var longest = Windows.Count == 0 ? MinimumGap : Windows.Max(w => w.Length);
        var recent = sent.Where(t => t > now - longest && t <= now).Order().ToList();
        foreach (var window in Windows.OrderByDescending(w => w.Length))
        {
            var inWindow = recent.Where(t => t > now - window.Length).ToList();
            if (inWindow.Count >= window.MaxPosts)
            {
                // Free again when enough of the oldest posts have aged out of the window.
                var until = inWindow[inWindow.Count - window.MaxPosts] + window.Length;
                return new PostBudgetDecision(false, until, Text($"budget of {window.MaxPosts} posts per {Span(window.Length)} spent until {until:u}"), recent);
            }
        }

        if (recent.Count > 0 && now - recent[^1] < MinimumGap)
        {
            var until = recent[^1] + MinimumGap;
            return new PostBudgetDecision(false, until, Text($"pacing: one post per {MinimumGap.TotalSeconds:0.#} s"), recent);
        }

        return new PostBudgetDecision(true, now, "within budget", [.. recent, now]);
    }

    private static string Span(TimeSpan span) => span.TotalHours >= 1 ? Text($"{span.TotalHours:0.#} h") : Text($"{span.TotalMinutes:0.#} min");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
