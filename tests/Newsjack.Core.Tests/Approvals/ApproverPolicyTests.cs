using Newsjack.Core.Approvals;
using Newsjack.Core.Tests.Brands;

namespace Newsjack.Core.Tests.Approvals;

public sealed class ApproverPolicyTests
{
    [Theory]
    [InlineData("ana@example.com", true)]
    [InlineData("ANA@Example.COM", true)]
    [InlineData("li@example.com", true)]
    [InlineData("sam@snapwell.example", false)]
    [InlineData("ana@example.com.evil", false)]
    public void Only_the_brands_approvers_may_decide(string email, bool allowed)
    {
        var lumen = BrandJson.Fixture("lumen-hair");

        Assert.Equal(allowed, ApproverPolicy.MayDecide(lumen, new Approver(email, email, "easy-auth")));
    }

    [Fact]
    public void Brand_without_approvers_lets_nobody_decide()
    {
        var brand = BrandJson.Load("""{ "id": "acme", "name": "Acme", "topics": [ { "phrase": "anvil" } ] }""").Profile!;

        Assert.False(ApproverPolicy.MayDecide(brand, new Approver("dev@newsjack.local", "dev", "dev")));
    }
}
