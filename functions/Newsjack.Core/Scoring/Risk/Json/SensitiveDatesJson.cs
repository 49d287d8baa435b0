namespace Newsjack.Core.Scoring.Risk.Json;

/// <summary>The sensitive-date calendar file (`Risk/Calendar/sensitive-dates.json` or one handed in).</summary>
public sealed record SensitiveDatesJson(IReadOnlyList<SensitiveDateJson>? Dates);
