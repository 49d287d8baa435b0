using Newsjack.Core.Approvals;
using Newsjack.Core.Tests.Approvals.Pages;

namespace Newsjack.Core.Tests.Approvals;

public sealed class DecisionFormTests
{
    private static Func<string, string?> Fields(params (string Key, string Value)[] fields) =>
        key => fields.FirstOrDefault(f => f.Key == key).Value;

    [Fact]
    public void Approval_takes_the_chosen_draft_as_edited()
    {
        var (decision, problem) = DecisionForm.Read(true, Fields(("draft", "1"), ("text-1", "  Edited 🎉 take\r\nline two ")), CardViews.Lumen());

        Assert.Null(problem);
        Assert.Equal(new Decision { Approve = true, DraftIndex = 1, Platform = "Instagram", Text = "Edited 🎉 take\nline two" }, decision);
    }

    [Fact]
    public void Approval_over_the_platform_limit_is_refused_counting_emoji_as_one()
    {
        var fits = string.Concat(Enumerable.Repeat("🎉", 280));
        Assert.NotNull(DecisionForm.Read(true, Fields(("draft", "0"), ("text-0", fits)), CardViews.Lumen()).Decision);

        var (decision, problem) = DecisionForm.Read(true, Fields(("draft", "0"), ("text-0", fits + "!")), CardViews.Lumen());

        Assert.Null(decision);
        Assert.Equal("the X draft is 281 characters; X allows 280", problem);
    }

    [Theory]
    [InlineData(null, "choose one of the drafts")]
    [InlineData("7", "choose one of the drafts")]
    [InlineData("-1", "choose one of the drafts")]
    public void Approval_without_a_valid_draft_choice_is_refused(string? draft, string problem)
    {
        var fields = draft is null ? Fields() : Fields(("draft", draft));

        Assert.Equal(problem, DecisionForm.Read(true, fields, CardViews.Lumen()).Problem);
    }

    [Fact]
    public void Approval_with_an_emptied_draft_is_refused() =>
        Assert.Equal("the X draft is empty", DecisionForm.Read(true, Fields(("draft", "0"), ("text-0", "  ")), CardViews.Lumen()).Problem);

    [Fact]
    public void Rejection_needs_a_listed_reason_and_a_note_for_other()
    {
        Assert.Equal("choose a reason for rejecting", DecisionForm.Read(false, Fields(("reason", "because")), CardViews.Lumen()).Problem);
        Assert.Equal("say why in the note when the reason is Other", DecisionForm.Read(false, Fields(("reason", "other")), CardViews.Lumen()).Problem);
        Assert.Contains("at most 500", DecisionForm.Read(false, Fields(("reason", "tone"), ("note", new string('x', 501))), CardViews.Lumen()).Problem, StringComparison.Ordinal);

        var (decision, _) = DecisionForm.Read(false, Fields(("reason", "tone"), ("note", " too jokey ")), CardViews.Lumen());

        Assert.Equal("Tone or wording is wrong: too jokey", decision?.Summary);
    }
}
