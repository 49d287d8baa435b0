using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Core.Cards.Links;

namespace Newsjack.Core.Tests.Cards.Links;

public sealed class CardLinkSignerTests
{
    private static readonly string KeyA = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly string KeyB = Convert.ToBase64String(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    private CardLinkSigner Signer(string currentId = "k2", string? current = null, string? previousId = null, string? previous = null) =>
        new(Options.Create(new CardLinkOptions { CurrentKeyId = currentId, CurrentKey = current ?? KeyA, PreviousKeyId = previousId, PreviousKey = previous }), _time);

    private static CardLinkCheck VerifyFields(CardLinkSigner signer, SignedCardLink link, string? card = null, string? action = null, string? exp = null, string? kid = null, string? sig = null)
    {
        var f = link.Fields.ToDictionary(p => p.Key, p => p.Value);
        return signer.Verify(card ?? f["card"], action ?? f["action"], exp ?? f["exp"], kid ?? f["kid"], sig ?? f["sig"]);
    }

    [Fact]
    public void Signed_link_verifies_until_it_expires()
    {
        var signer = Signer();
        var link = signer.Sign("c-1a2b3c", CardAction.Approve, _time.GetUtcNow().AddHours(2));

        Assert.True(signer.Verify(link).IsValid);
        _time.Advance(TimeSpan.FromHours(2));
        var expired = signer.Verify(link);

        Assert.Equal(CardLinkFailure.Expired, expired.Failure);
        Assert.Contains("expired at 2026-11-23 12:00:00Z", expired.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Forged_signature_is_refused()
    {
        var signer = Signer();
        var link = signer.Sign("c-1a2b3c", CardAction.Approve, _time.GetUtcNow().AddHours(2));
        var forgedBy = Signer(current: KeyB).Sign("c-1a2b3c", CardAction.Approve, link.ExpiresAt);

        Assert.Equal(CardLinkFailure.BadSignature, signer.Verify(forgedBy).Failure);
        Assert.Equal(CardLinkFailure.BadSignature, VerifyFields(signer, link, sig: new string('A', 43)).Failure);
    }

    [Theory]
    [InlineData("card", "c-999999")]
    [InlineData("action", "reject")]
    [InlineData("exp", "1795000000")]
    public void Altering_any_signed_field_is_refused(string field, string value)
    {
        var signer = Signer();
        var link = signer.Sign("c-1a2b3c", CardAction.Approve, _time.GetUtcNow().AddHours(2));

        var check = field switch
        {
            "card" => VerifyFields(signer, link, card: value),
            "action" => VerifyFields(signer, link, action: value),
            _ => VerifyFields(signer, link, exp: value),
        };

        Assert.Equal(CardLinkFailure.BadSignature, check.Failure);
        Assert.Null(check.Link);
    }

    [Fact]
    public void Link_of_the_previous_key_verifies_and_a_retired_key_does_not()
    {
        var before = Signer(currentId: "k1", current: KeyB);
        var link = before.Sign("c-1a2b3c", CardAction.Reject, _time.GetUtcNow().AddHours(2));

        var rotated = Signer(currentId: "k2", current: KeyA, previousId: "k1", previous: KeyB);
        var retired = Signer(currentId: "k3", current: KeyA, previousId: "k2", previous: KeyA);

        Assert.True(rotated.Verify(link).IsValid);
        Assert.Equal("k2", rotated.Sign("c-1a2b3c", CardAction.Reject, link.ExpiresAt).KeyId);
        Assert.Equal(CardLinkFailure.UnknownKey, retired.Verify(link).Failure);
    }

    [Fact]
    public void Key_id_swapped_to_another_accepted_key_is_refused()
    {
        var signer = Signer(currentId: "k2", current: KeyA, previousId: "k1", previous: KeyB);
        var link = signer.Sign("c-1a2b3c", CardAction.Approve, _time.GetUtcNow().AddHours(2));

        Assert.Equal(CardLinkFailure.BadSignature, VerifyFields(signer, link, kid: "k1").Failure);
    }

    [Theory]
    [InlineData(null, "approve", "1795000000", "k2", "the card id is missing or malformed")]
    [InlineData("c-1|x", "approve", "1795000000", "k2", "the card id is missing or malformed")]
    [InlineData("c-1", "publish", "1795000000", "k2", "the action is missing or unknown")]
    [InlineData("c-1", "approve", "-5", "k2", "the expiry is missing or not a number")]
    [InlineData("c-1", "approve", "1795000000", null, "the link was signed with a key that is no longer accepted")]
    public void Malformed_fields_are_refused_with_a_reason(string? card, string? action, string? exp, string? kid, string reason)
    {
        var check = Signer().Verify(card, action, exp, kid, new string('A', 43));

        Assert.False(check.IsValid);
        Assert.Equal(reason, check.Reason);
    }

    [Fact]
    public void Url_carries_the_signed_fields_and_nothing_secret()
    {
        var signer = Signer();
        var link = signer.Sign("c-1a2b3c", CardAction.Details, new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero));

        var url = link.ToUrl(new Uri("https://newsjack.example/"));

        Assert.Equal($"https://newsjack.example/api/cards/c-1a2b3c?action=details&exp=1795449600&kid=k2&sig={link.Signature}", url.AbsoluteUri);
        Assert.DoesNotContain(KeyA, url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", link.Signature);
    }

    [Fact]
    public void Expiry_follows_the_topic_window_within_bounds()
    {
        var signer = Signer();
        var now = _time.GetUtcNow();

        Assert.Equal(now.AddHours(3), signer.ExpiryFor(now.AddHours(3)));
        Assert.Equal(now.AddHours(6), signer.ExpiryFor(null));
        Assert.Equal(now.AddHours(6), signer.ExpiryFor(now.AddMinutes(-5)));
        Assert.Equal(now.AddHours(24), signer.ExpiryFor(now.AddDays(3)));
        Assert.Equal(now.AddHours(1), signer.ExpiryFor(now.AddMinutes(10)));
    }

    [Fact]
    public void Signing_without_a_key_names_the_setting()
    {
        var signer = new CardLinkSigner(Options.Create(new CardLinkOptions()), _time);

        var error = Assert.Throws<InvalidOperationException>(() => signer.Sign("c-1", CardAction.Approve, _time.GetUtcNow().AddHours(1)));
        Assert.Contains("CardLinks:CurrentKey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c2hvcnQ=", "k1", "CardLinks:CurrentKey must hold at least 32 bytes; it holds 5.")]
    [InlineData("not base64!", "k1", "CardLinks:CurrentKey is not valid Base64.")]
    [InlineData(null, "k 1", "CardLinks:CurrentKeyId must be 1-16 letters, digits or dashes.")]
    public void Bad_key_settings_are_named(string? key, string keyId, string message)
    {
        var options = new CardLinkOptions { CurrentKeyId = keyId, CurrentKey = key ?? KeyA };
        var results = new List<ValidationResult>();

        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.Contains(message, results.Select(r => r.ErrorMessage));
    }
}
