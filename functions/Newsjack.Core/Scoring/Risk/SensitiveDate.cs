using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>An anniversary of a tragedy: on <see cref="Month"/>/<see cref="Day"/> every topic carries <see cref="DayTier"/>.</summary>
public sealed record SensitiveDate(int Month, int Day, string Name, string Category, RiskTier DayTier, IReadOnlyList<Phrase> Terms)
{
    public bool IsOn(DateOnly date) => date.Month == Month && date.Day == Day;
}
