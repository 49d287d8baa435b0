namespace Newsjack.Core.Cards.Delivery;

/// <summary>Accepted, refused for good, or failed for now (worth another attempt later).</summary>
public enum TeamsPostOutcome
{
    Accepted,
    Permanent,
    Transient,
}
