namespace Newsjack.Core.Scoring.Decisions;

/// <summary>The contract's decision ids.</summary>
public static class DecisionIds
{
    public static string ToId(this Decision decision) => decision switch
    {
        Decision.Suggest => "suggest",
        Decision.Review => "review",
        Decision.Suppress => "suppress",
        _ => "ignore",
    };

    public static bool TryParse(string? id, out Decision decision)
    {
        decision = id switch
        {
            "suggest" => Decision.Suggest,
            "review" => Decision.Review,
            "suppress" => Decision.Suppress,
            "ignore" => Decision.Ignore,
            _ => (Decision)(-1),
        };
        return decision >= Decision.Ignore;
    }

    /// <summary>True when the decision sends a card (suggest or review).</summary>
    public static bool SendsCard(this Decision decision) => decision is Decision.Suggest or Decision.Review;
}
