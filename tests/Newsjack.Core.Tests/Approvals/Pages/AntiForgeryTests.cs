using Microsoft.Extensions.Options;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Cards.Links;

namespace Newsjack.Core.Tests.Approvals.Pages;

public sealed class AntiForgeryTests
{
    private static readonly string KeyA = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly string KeyB = Convert.ToBase64String(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());

    private static AntiForgery With(string current, string? previous = null) => new(Options.Create(new CardLinkOptions
    {
        CurrentKeyId = "k2", CurrentKey = current, PreviousKeyId = previous is null ? null : "k1", PreviousKey = previous,
    }));

    [Fact]
    public void Token_is_valid_only_with_its_own_cookie_and_card()
    {
        var af = With(KeyA);
        var cookie = AntiForgery.NewCookie();
        var token = af.TokenFor(cookie, "c-1");

        Assert.True(af.IsValid(cookie, token, "c-1"));
        Assert.False(af.IsValid(AntiForgery.NewCookie(), token, "c-1"));
        Assert.False(af.IsValid(cookie, token, "c-2"));
        Assert.False(af.IsValid(null, token, "c-1"));
        Assert.False(af.IsValid(cookie, null, "c-1"));
        Assert.False(af.IsValid(cookie, token[..^1] + (token[^1] == 'A' ? 'B' : 'A'), "c-1"));
    }

    [Fact]
    public void Token_issued_before_a_key_rotation_still_verifies_with_the_previous_key()
    {
        var cookie = AntiForgery.NewCookie();
        var before = With(KeyA).TokenFor(cookie, "c-1");

        Assert.True(With(KeyB, previous: KeyA).IsValid(cookie, before, "c-1"));
        Assert.False(With(KeyB).IsValid(cookie, before, "c-1"));
    }

    [Fact]
    public void A_well_formed_cookie_is_kept_and_anything_else_replaced()
    {
        var cookie = AntiForgery.NewCookie();

        Assert.Equal((cookie, false), AntiForgery.CookieFor(cookie));
        Assert.True(AntiForgery.CookieFor("short").IsNew);
        Assert.True(AntiForgery.CookieFor(null).IsNew);
        Assert.Contains("HttpOnly; SameSite=Lax", AntiForgery.SetCookie(cookie, secure: true), StringComparison.Ordinal);
        Assert.EndsWith("; Secure", AntiForgery.SetCookie(cookie, secure: true), StringComparison.Ordinal);
    }
}
