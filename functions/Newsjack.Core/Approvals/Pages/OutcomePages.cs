using static Newsjack.Core.Approvals.Pages.PageLayout;

namespace Newsjack.Core.Approvals.Pages;

/// <summary>
/// The friendly pages around a decision, each with its status: done (200), not signed in (401), invalid link
/// (400 malformed, 403 forged or altered), not allowed (403), no such card (404), wrong method (405), already
/// decided (409, who and when), expired (410), too large (413). Each says what happened and what to do next.
/// </summary>
public static class OutcomePages
{
    public static PageResponse Decided(CardView card, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(decision);
        var message = decision.Approve
            ? $"Approved. The {decision.Platform} post is on its way to publishing; the Teams channel gets a follow-up card when it is done."
            : $"Rejected: {Sentence(decision.Summary)} Thank you: the reason is recorded and shapes future suggestions for {card.BrandName}.";
        return new(200, Page(decision.Approve ? "Approved" : "Rejected",
            $"<div class=\"box ok\"><h1>{E(decision.Approve ? "Approved" : "Rejected")}</h1><p>{E(message)}</p><p>{CardPageRenderer.ReportLink(card)}</p></div>" + CardPageRenderer.CardSummary(card)));
    }

    public static PageResponse AlreadyDecided(CardView card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var line = CardPageRenderer.StateLine(card);
        return new(409, Page("Already decided",
            $"<div class=\"box bad\"><h1>Already decided</h1><p>This card was already {E(line)}. Nothing was changed.</p></div>" + CardPageRenderer.CardSummary(card)));
    }

    public static PageResponse Expired(CardView? card, string detail) =>
        new(410, Page("Expired", $"<div class=\"box bad\"><h1>This card has expired</h1><p>{E(detail)}. The moment has passed, so it can no longer be approved or rejected; nothing was changed.</p></div>"
            + (card is null ? "" : CardPageRenderer.CardSummary(card))));

    public static PageResponse InvalidLink(int status, string reason) =>
        new(status, Page("Invalid link", $"<div class=\"box bad\"><h1>This link is not valid</h1><p>{E(Sentence(reason))} Open the card in Teams and use its buttons; nothing was changed.</p></div>"));

    public static PageResponse NotAllowed(Approver approver, string brandName) =>
        new(403, Page("Not allowed", $"<div class=\"box bad\"><h1>Not allowed</h1><p>You are signed in as {E(approver.Email)}, who is not an approver for {E(brandName)}. Ask the brand's team to add you to its approvers; nothing was changed.</p></div>"));

    public static PageResponse SignInRequired(string problem) =>
        new(401, Page("Sign-in required", $"<div class=\"box bad\"><h1>Sign-in required</h1><p>We could not tell who you are: {E(problem)}. Sign in and open the link again.</p></div>"));

    public static PageResponse FormRejected() =>
        new(403, Page("Please try again", "<div class=\"box bad\"><h1>Please open the card again</h1><p>This form was not sent from the card page in this browser, or it is too old. Open the link from Teams again and decide there; nothing was changed.</p></div>"));

    public static PageResponse BadForm(string problem) =>
        new(400, Page("Please check the form", $"<div class=\"box bad\"><h1>Please check the form</h1><p>{E(Sentence(problem))} Go back, correct it and send it again; nothing was changed.</p></div>"));

    public static PageResponse NotFound() =>
        new(404, Page("Card not found", "<div class=\"box bad\"><h1>Card not found</h1><p>The link is genuine, but no such card is stored (it may have been removed). Nothing was changed.</p></div>"));

    public static PageResponse TooLarge(long limit) =>
        new(413, Page("Too large", $"<div class=\"box bad\"><h1>Too large</h1><p>The form was over {limit / 1024} KB. Shorten the post and send it again; nothing was changed.</p></div>"));

    public static PageResponse WrongMethod() =>
        new(405, Page("Wrong method", "<div class=\"box bad\"><h1>Wrong method</h1><p>Card pages answer GET (show) and POST (decide) only.</p></div>"));

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text[^1] is '.' or '!' or '?' ? "" : ".");
}
