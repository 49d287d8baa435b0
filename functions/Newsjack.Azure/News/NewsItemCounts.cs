namespace Newsjack.Azure.News;

/// <summary>What storing one poll's entries did: items stored for the first time, and items already stored.</summary>
public sealed record NewsItemCounts(int New, int Duplicates);
