namespace Newsjack.Core.Approvals;

/// <summary>
/// A decision as posted and checked: approve with the chosen (perhaps edited) draft, or reject with a reason from
/// <see cref="RejectReasons"/> and an optional note.
/// </summary>
public sealed record Decision
{
    public required bool Approve { get; init; }
    public int DraftIndex { get; init; } = -1;
    public string? Text { get; init; }
    public string? Platform { get; init; }
    public string? Reason { get; init; }
    public string? Note { get; init; }

    /// <summary>What the audit and the follow-up card say about it: the text, or the reason and note.</summary>
    public string Summary => Approve
        ? $"{Platform}: {Text}"
        : Note is { Length: > 0 } ? $"{RejectReasons.Label(Reason)}: {Note}" : RejectReasons.Label(Reason) ?? "";
}
