namespace Newsjack.Core.Brands;

/// <summary>A phrase the brand cares about, with its weight in (0, 1].</summary>
public sealed record BrandTopic(string Phrase, double Weight);
