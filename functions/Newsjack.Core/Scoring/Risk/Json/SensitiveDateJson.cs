namespace Newsjack.Core.Scoring.Risk.Json;

/// <summary>One anniversary as written: `date` is "MM-DD".</summary>
public sealed record SensitiveDateJson(string? Date, string? Name, string? Category, string? DayTier, IReadOnlyList<string>? Terms);
