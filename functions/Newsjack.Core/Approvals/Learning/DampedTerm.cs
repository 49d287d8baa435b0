namespace Newsjack.Core.Approvals.Learning;

/// <summary>A term damped for a brand: how often it was rejected and approved, the reasons given, and until when.</summary>
public sealed record DampedTerm(string Term, int Rejections, int Approvals, IReadOnlyList<string> Reasons, DateTimeOffset Until);
