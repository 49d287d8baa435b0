namespace Newsjack.Core.Scoring.Decisions;

/// <summary>What to do with a topic for a brand (contract ids: suggest, review, suppress, ignore).</summary>
public enum Decision
{
    /// <summary>Not relevant enough: no card.</summary>
    Ignore,

    /// <summary>Relevant but unsafe (floor, avoid list, or far over tolerance): no card, kept with its reasons.</summary>
    Suppress,

    /// <summary>One tier over the brand's tolerance (never floor): a card marked for careful review.</summary>
    Review,

    /// <summary>Relevant and within tolerance: a card.</summary>
    Suggest,
}
