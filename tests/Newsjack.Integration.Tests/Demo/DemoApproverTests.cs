using Newsjack.Azure.Scoring;
using Newsjack.Cli.Demo;
using Newsjack.Core.Approvals;

namespace Newsjack.Integration.Tests.Demo;

/// <summary>The demo's card pages work out of the box: its dev identity decides for every sample brand (contracts: local Teams inbox).</summary>
public sealed class DemoApproverTests
{
    [Fact]
    public void The_demo_signs_everyone_in_as_one_identity_that_approves_every_sample_brand()
    {
        var folder = Path.Combine(RepositoryRoot.Find(null), "samples", "brands");
        var settings = DemoHostSettings.For("UseDevelopmentStorage=true", "feeds.json", folder, 7071).Overrides;
        var brands = BrandFolder.Load(folder).Brands;

        Assert.Equal(("Dev", DemoHostSettings.DevIdentity), (settings["Approvals:Identity"], settings["Approvals:DevIdentity"]));
        Assert.Equal(3, brands.Count);
        Assert.All(brands, b => Assert.True(ApproverPolicy.MayDecide(b, new Approver(DemoHostSettings.DevIdentity, DemoHostSettings.DevIdentity, "dev")), b.Id));
    }
}
