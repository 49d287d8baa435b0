using System.Globalization;
using Newsjack.Core.Approvals.Pages;

namespace Newsjack.Core.Approvals;

/// <summary>
/// Reads the non-signed fields of a posted decision form against the card as shown: which draft, its edited text
/// (not empty, within the platform's limit counted as the platform counts: text elements), or the reject reason and
/// note. Problems are sentences for the page.
/// </summary>
public static class DecisionForm
{
    public const string Draft = "draft";
    public const string TextPrefix = "text-";
    public const string Reason = "reason";
    public const string Note = "note";
    public const string Shown = "shown";
    public const int MaxTextLength = 10_000;

    public static (Decision? Decision, string? Problem) Read(bool approve, Func<string, string?> field, CardView card)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(card);
        return approve ? ReadApproval(field, card) : ReadRejection(field);
    }

    private static (Decision?, string?) ReadApproval(Func<string, string?> field, CardView card)
    {
        if (card.Drafts.Count == 0)
        {
            return (null, "this card has no draft to publish");
        }

        var chosen = field(Draft);
        if (!int.TryParse(chosen, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= card.Drafts.Count)
        {
            return (null, "choose one of the drafts");
        }

        var draft = card.Drafts[index];
        var text = (field(TextPrefix + index.ToString(CultureInfo.InvariantCulture)) ?? draft.Text).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var length = new StringInfo(text).LengthInTextElements;
        if (length == 0)
        {
            return (null, $"the {draft.Platform} draft is empty");
        }

        if (length > draft.MaxLength || text.Length > MaxTextLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"the {draft.Platform} draft is {length} characters; {draft.Platform} allows {draft.MaxLength}"));
        }

        return (new Decision { Approve = true, DraftIndex = index, Text = text, Platform = draft.Platform }, null);
    }

    private static (Decision?, string?) ReadRejection(Func<string, string?> field)
    {
        var reason = field(Reason);
        if (RejectReasons.Label(reason) is null)
        {
            return (null, "choose a reason for rejecting");
        }

        var note = field(Note)?.Trim() ?? "";
        if (note.Length > RejectReasons.MaxNoteLength)
        {
            return (null, $"the note is {note.Length} characters; at most {RejectReasons.MaxNoteLength}");
        }

        if (reason == RejectReasons.Other && note.Length == 0)
        {
            return (null, "say why in the note when the reason is Other");
        }

        return (new Decision { Approve = false, Reason = reason, Note = note.Length > 0 ? note : null }, null);
    }
}
