namespace Newsjack.Core.Cards.Links;

/// <summary>The wire ids of <see cref="CardAction"/>, as they appear in links and forms.</summary>
public static class CardActions
{
    public static string ToId(this CardAction action) => action switch
    {
        CardAction.Approve => "approve",
        CardAction.Reject => "reject",
        CardAction.Details => "details",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "unknown card action"),
    };

    public static bool TryParse(string? id, out CardAction action)
    {
        (var known, action) = id switch
        {
            "approve" => (true, CardAction.Approve),
            "reject" => (true, CardAction.Reject),
            "details" => (true, CardAction.Details),
            _ => (false, CardAction.Details),
        };
        return known;
    }
}
