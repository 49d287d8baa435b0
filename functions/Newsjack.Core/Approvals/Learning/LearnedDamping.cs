using System.Globalization;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Text;

namespace Newsjack.Core.Approvals.Learning;

/// <summary>
/// What a brand's approvers taught the scorer: terms whose topics were rejected repeatedly (net of approvals) are
/// damped until their period ends. <see cref="Apply"/> multiplies a matching topic's relevance by the factor once,
/// however many damped terms it has, and says why in the reasons, so a brand manager sees the effect and its end.
/// </summary>
public sealed class LearnedDamping
{
    private readonly Dictionary<string, DampedTerm> _terms;
    private readonly double _factor;

    private LearnedDamping(Dictionary<string, DampedTerm> terms, double factor) => (_terms, _factor) = (terms, factor);

    public static LearnedDamping None { get; } = new([], 1);

    public IReadOnlyCollection<DampedTerm> Terms => _terms.Values;

    public static LearnedDamping From(IEnumerable<LearnedDecision> decisions, DateTimeOffset now, LearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return None;
        }

        var since = now.AddDays(-options.LookbackDays);
        var recent = decisions.Where(d => d.At >= since && d.At <= now).ToList();
        var damped = new Dictionary<string, DampedTerm>(StringComparer.Ordinal);
        foreach (var group in recent.SelectMany(d => d.Terms.Select(t => (Term: t, Decision: d))).GroupBy(x => x.Term, StringComparer.Ordinal))
        {
            var rejected = group.Where(x => !x.Decision.Approved).Select(x => x.Decision).ToList();
            var approvals = group.Count(x => x.Decision.Approved);
            if (rejected.Count - approvals < options.MinRejections)
            {
                continue;
            }

            var until = rejected.Max(d => d.At).AddDays(options.DampingDays);
            if (until > now)
            {
                var reasons = rejected.GroupBy(d => RejectReasons.Label(d.Reason) ?? "no reason")
                    .OrderByDescending(g => g.Count()).Select(g => g.Count() > 1 ? $"{g.Key} ×{g.Count()}" : g.Key).ToList();
                damped[group.Key] = new DampedTerm(group.Key, rejected.Count, approvals, reasons, until);
            }
        }

        return new LearnedDamping(damped, options.Factor);
    }

    /// <summary>The relevance after damping, with a reason naming the terms; unchanged when no damped term occurs.</summary>
    public RelevanceResult Apply(ScoringSubject subject, RelevanceResult relevance)
    {
        ArgumentNullException.ThrowIfNull(relevance);
        if (_terms.Count == 0)
        {
            return relevance;
        }

        var stems = DecisionTerms.Of(subject);
        var hits = _terms.Values.Where(t => stems.Contains(t.Term)).OrderByDescending(t => t.Rejections).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
        if (hits.Count == 0)
        {
            return relevance;
        }

        var top = hits[0];
        var terms = string.Join(", ", hits.Take(3).Select(t => $"'{t.Term}'"));
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"learned from decisions: {terms} rejected {top.Rejections} time(s) recently ({string.Join(", ", top.Reasons)}); relevance ×{_factor:0.00} until {top.Until:yyyy-MM-dd}");
        return relevance with { Score = relevance.Score * _factor, Reasons = [.. relevance.Reasons, reason] };
    }
}
