namespace Newsjack.Azure.Scoring.Language.Wire;

/// <summary>Request <c>parameters</c>; members a kind does not take stay null and are not sent.</summary>
internal sealed record AnalyzeTextParameters(
    string ModelVersion, bool LoggingOptOut, string? StringIndexType, bool? OpinionMining, string? Domain);
