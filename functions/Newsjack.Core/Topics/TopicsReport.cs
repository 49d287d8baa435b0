namespace Newsjack.Core.Topics;

/// <summary>The output of `newsjack topics`: the contract's topic shape without the brand fields, plus momentum.</summary>
public sealed record TopicsReport(DateTimeOffset GeneratedAt, IReadOnlyList<Topic> Topics);
