namespace Newsjack.Core.Scoring.Decisions;

/// <summary>Whether a card that should go out is sent now, held until a time, or skipped (alert-fatigue controls).</summary>
public enum DeliveryAction
{
    Send,
    Hold,
    Skip,
}
