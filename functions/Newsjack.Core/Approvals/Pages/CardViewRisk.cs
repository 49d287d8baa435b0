namespace Newsjack.Core.Approvals.Pages;

/// <summary>One risk category on the page: id, tier and the evidence found.</summary>
public sealed record CardViewRisk(string Id, string Tier, IReadOnlyList<string> Evidence);
