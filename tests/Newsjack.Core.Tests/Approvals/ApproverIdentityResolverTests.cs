using Microsoft.Extensions.Options;
using Newsjack.Core.Approvals;

namespace Newsjack.Core.Tests.Approvals;

public sealed class ApproverIdentityResolverTests
{
    private static Func<string, string?> Headers(string name, string principal) => h => h switch
    {
        ApproverIdentityResolver.PrincipalNameHeader => name,
        ApproverIdentityResolver.PrincipalHeader => principal,
        _ => null,
    };

    [Fact]
    public void Dev_mode_uses_the_configured_identity_and_ignores_easy_auth_headers_a_client_could_forge()
    {
        var resolver = new ApproverIdentityResolver(Options.Create(new ApproverIdentityOptions { Identity = ApproverIdentityMode.Dev, DevIdentity = "dev@newsjack.local" }));

        var result = resolver.Resolve(Headers("ana@lumen.example", EasyAuthHeaders.Aad("ana@lumen.example")));

        Assert.Equal(new Approver("dev@newsjack.local", "dev@newsjack.local", "dev"), result.Approver);
    }

    [Fact]
    public void Easy_auth_mode_reads_the_headers()
    {
        var resolver = new ApproverIdentityResolver(Options.Create(new ApproverIdentityOptions { DevIdentity = "dev@newsjack.local" }));

        Assert.Equal("ana@lumen.example", resolver.Resolve(Headers("ana@lumen.example", EasyAuthHeaders.Aad("ana@lumen.example"))).Approver?.Email);
        Assert.Null(resolver.Resolve(_ => null).Approver);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("dev")]
    public void Dev_mode_without_an_email_fails_validation_naming_the_setting(string? dev)
    {
        var options = new ApproverIdentityOptions { Identity = ApproverIdentityMode.Dev, DevIdentity = dev };

        var error = Assert.Single(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
        Assert.Contains("Approvals:DevIdentity", error.ErrorMessage, StringComparison.Ordinal);
    }
}
