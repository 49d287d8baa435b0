using System.Text;
using Newsjack.Core.Approvals;

namespace Newsjack.Core.Tests.Approvals;

public sealed class EasyAuthPrincipalTests
{
    [Fact]
    public void Principal_with_aad_claims_gives_the_email_and_display_name()
    {
        var result = EasyAuthPrincipal.Read("ana@lumen.example", EasyAuthHeaders.Aad("ana@lumen.example"));

        Assert.Null(result.Problem);
        Assert.Equal(new Approver("ana@lumen.example", "Ana Approver", "easy-auth"), result.Approver);
    }

    [Fact]
    public void Email_comes_from_preferred_username_when_the_name_claim_is_not_an_email()
    {
        var principal = EasyAuthHeaders.Principal("name", ("name", "Li"), ("preferred_username", "li@lumen.example"));

        Assert.Equal("li@lumen.example", EasyAuthPrincipal.Read(null, principal).Approver?.Email);
    }

    [Fact]
    public void Name_header_alone_is_accepted_when_it_is_an_email()
    {
        Assert.Equal("li@lumen.example", EasyAuthPrincipal.Read("li@lumen.example", null).Approver?.Email);
    }

    [Theory]
    [InlineData(null, null, "not signed in")]
    [InlineData("", "", "not signed in")]
    [InlineData("Li Wu", null, "not signed in")]
    [InlineData(null, "!!!not-base64", "not base64-encoded JSON")]
    [InlineData(null, "bm90IGpzb24=", "not base64-encoded JSON")]
    [InlineData(null, "eyJjbGFpbXMiOiA1fQ==", "not base64-encoded JSON")]
    public void Missing_or_broken_headers_give_no_approver_and_say_why(string? name, string? principal, string problem)
    {
        var result = EasyAuthPrincipal.Read(name, principal);

        Assert.Null(result.Approver);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Principal_without_an_email_claim_is_refused()
    {
        var principal = EasyAuthHeaders.Principal("name", ("name", "Robot"), ("oid", "123"));

        Assert.Contains("no e-mail address claim", EasyAuthPrincipal.Read(null, principal).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_header_that_disagrees_with_the_principal_is_refused()
    {
        var result = EasyAuthPrincipal.Read("mallory@evil.example", EasyAuthHeaders.Aad("ana@lumen.example"));

        Assert.Null(result.Approver);
        Assert.Contains("does not match", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_principal_is_refused_without_decoding()
    {
        var huge = Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('a', 20_000)));

        Assert.Contains("over", EasyAuthPrincipal.Read(null, huge).Problem, StringComparison.Ordinal);
    }
}
