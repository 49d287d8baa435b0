namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// Why one kind of analysis gave nothing for one document (e.g. <c>InvalidDocument</c>, <c>UnsupportedLanguageCode</c>,
/// <see cref="BudgetExceeded"/>). Other documents and kinds are unaffected.
/// </summary>
public sealed record AnalysisError(AnalysisKinds Kind, string Code, string Message)
{
    /// <summary>The per-window text-record budget is spent; the document was not sent.</summary>
    public const string BudgetExceeded = "BudgetExceeded";

    /// <summary>The whole request failed (service down, throttled beyond retries, timeout, bad key).</summary>
    public const string Unavailable = "Unavailable";
}
