namespace Newsjack.Core.Cards.Links;

/// <summary>The result of verifying a card link: the genuine link, or the failure with a reason a page can show.</summary>
public sealed record CardLinkCheck
{
    private CardLinkCheck(SignedCardLink? link, CardLinkFailure? failure, string reason) =>
        (Link, Failure, Reason) = (link, failure, reason);

    /// <summary>The verified link; null when <see cref="IsValid"/> is false.</summary>
    public SignedCardLink? Link { get; }

    public CardLinkFailure? Failure { get; }

    public string Reason { get; }

    public bool IsValid => Failure is null;

    public static CardLinkCheck Valid(SignedCardLink link) => new(link, null, "valid");

    public static CardLinkCheck Refused(CardLinkFailure failure, string reason) => new(null, failure, reason);
}
