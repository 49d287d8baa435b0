using System.Globalization;
using Newsjack.Core.Brands;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>
/// Alert-fatigue controls for a card that should go out, as a pure function of the clock and the cards already
/// sent: no second card on the same story within cooldownHours unless momentum jumps sharply; at most
/// maxCardsPerDay per local day; quiet hours in the brand's time zone hold the card until they end, unless
/// momentum is extreme (a story that big will be stale by morning).
/// </summary>
public static class AlertFatigueGate
{
    public static Delivery Check(ScoringSubject subject, BrandProfile brand, DateTimeOffset now, IReadOnlyList<SentCard> history,
        AlertFatigueOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(history);
        options ??= AlertFatigueOptions.Default;
        var limits = brand.Limits;
        var mine = history.Where(c => c.BrandId == brand.Id).ToList();
        var sigma = subject.MomentumSigma ?? 0;

        var cooldownStart = now.AddHours(-limits.CooldownHours);
        var previous = mine.Where(c => c.SentAt > cooldownStart && c.SentAt <= now && SameStory(c, subject, options)).MaxBy(c => c.SentAt);
        if (previous is not null)
        {
            if (!IsSharpJump(previous.MomentumSigma, sigma, options))
            {
                return new Delivery(DeliveryAction.Skip, Text($"cooldown: a card on this story went out at {previous.SentAt:u} (cooldown {limits.CooldownHours} h)"));
            }
        }

        var localNow = TimeZoneInfo.ConvertTime(now, limits.TimeZone);
        var sentToday = mine.Count(c => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.SentAt, limits.TimeZone).DateTime) == DateOnly.FromDateTime(localNow.DateTime));
        if (sentToday >= limits.MaxCardsPerDay)
        {
            return new Delivery(DeliveryAction.Skip, Text($"daily limit: {sentToday} of {limits.MaxCardsPerDay} cards already sent today ({limits.TimeZone.Id})"));
        }

        var jumpNote = previous is null ? "" : Text($" (momentum jumped from {previous.MomentumSigma ?? 0:0.0} to {sigma:0.0} sigma since the last card)");
        if (limits.QuietHours is { } quiet && quiet.Contains(TimeOnly.FromDateTime(localNow.DateTime)))
        {
            if (sigma >= options.ExtremeSigma)
            {
                return new Delivery(DeliveryAction.Send, Text($"quiet hours {quiet} overridden: extreme momentum {sigma:0.0} sigma") + jumpNote);
            }

            var until = QuietEnd(localNow, quiet, limits.TimeZone);
            return new Delivery(DeliveryAction.Hold, Text($"quiet hours {quiet} ({limits.TimeZone.Id}): held until {until:u}") + jumpNote, until);
        }

        return new Delivery(DeliveryAction.Send, "send now" + jumpNote);
    }

    /// <summary>The sharp-jump rule: momentum at least <see cref="AlertFatigueOptions.SharpJumpFactor"/> times and
    /// <see cref="AlertFatigueOptions.SharpJumpMinSigma"/> sigma above the last card's; the only reason for a follow-up card.</summary>
    public static bool IsSharpJump(double? before, double? now, AlertFatigueOptions? options = null)
    {
        options ??= AlertFatigueOptions.Default;
        var (b, n) = (before ?? 0, now ?? 0);
        return n >= b * options.SharpJumpFactor && n - b >= options.SharpJumpMinSigma;
    }

    private static bool SameStory(SentCard card, ScoringSubject subject, AlertFatigueOptions options)
    {
        if (card.TopicId == subject.Id)
        {
            return true;
        }

        var a = LabelWords(card.TopicLabel);
        var b = LabelWords(subject.Label);
        var union = a.Union(b).Count();
        return union > 0 && (double)a.Intersect(b).Count() / union >= options.SameLabelOverlap;
    }

    private static HashSet<string> LabelWords(string label) =>
        [.. WordSplitter.Split(label).Words.Where(w => w.Text.Length > 2).Select(w => w.Stem)];

    private static DateTimeOffset QuietEnd(DateTimeOffset localNow, QuietHours quiet, TimeZoneInfo zone)
    {
        var end = localNow.Date + quiet.End.ToTimeSpan();
        if (end <= localNow.DateTime)
        {
            end = end.AddDays(1);
        }

        // A time skipped by a DST change does not exist; the first valid minute after it is used.
        while (zone.IsInvalidTime(end))
        {
            end = end.AddMinutes(30);
        }

        return new DateTimeOffset(end, zone.GetUtcOffset(end)).ToUniversalTime();
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
