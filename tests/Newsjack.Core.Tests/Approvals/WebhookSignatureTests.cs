using System.Security.Cryptography;
using System.Text;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Publishing;

namespace Newsjack.Core.Tests.Approvals;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"brand":"lumen-hair","text":"Dunk it."}""");

    [Fact]
    public void Signature_is_hmac_sha256_of_the_body_in_lower_hex_like_github_webhooks()
    {
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("s3cret"u8, Body));

        Assert.Equal(expected, WebhookSignature.Compute(Body, "s3cret"));
        Assert.True(WebhookSignature.Verify(Body, "s3cret", expected));
    }

    [Fact]
    public void Altered_body_wrong_secret_or_malformed_header_does_not_verify()
    {
        var header = WebhookSignature.Compute(Body, "s3cret");
        var altered = (byte[])Body.Clone();
        altered[^3] ^= 1;

        Assert.False(WebhookSignature.Verify(altered, "s3cret", header));
        Assert.False(WebhookSignature.Verify(Body, "other", header));
        Assert.False(WebhookSignature.Verify(Body, "s3cret", header.ToUpperInvariant()));
        Assert.False(WebhookSignature.Verify(Body, "s3cret", header[7..]));
        Assert.False(WebhookSignature.Verify(Body, "s3cret", null));
    }

    [Fact]
    public void Card_fingerprint_changes_with_any_shown_part_and_parts_cannot_run_together()
    {
        var shown = CardFingerprint.Of(["Oscars hair", "Draft one"]);

        Assert.Equal(shown, CardFingerprint.Of(["Oscars hair", "Draft one"]));
        Assert.NotEqual(shown, CardFingerprint.Of(["Oscars hair", "Draft one!"]));
        Assert.NotEqual(CardFingerprint.Of(["ab", "c"]), CardFingerprint.Of(["a", "bc"]));
        Assert.StartsWith("sha256:", shown, StringComparison.Ordinal);
        Assert.Equal(71, shown.Length);
    }
}
