using Newsjack.Azure.Approvals;
using Newsjack.Core.Approvals.Learning;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Approvals;

public sealed class DecisionMemoryStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static LearnedDecision Rejected(string card, string label, double daysAgo) =>
        new("snapwell-snacks", card, label, DecisionTerms.From(label), false, "off-brand", Now.AddDays(-daysAgo));

    [Fact]
    public async Task Recorded_rejections_come_back_as_damping_for_that_brand_only()
    {
        await using var services = new ApprovalsTestServices(azurite.NewStorageOptions());
        var store = services.Get<DecisionMemoryStore>();
        await store.RecordAsync(Rejected("c-1", "Super Bowl ad war", 2), _ct);
        await store.RecordAsync(Rejected("c-2", "Super Bowl ticket prices", 1), _ct);

        var damping = await store.DampingAsync("snapwell-snacks", Now, _ct);

        Assert.Contains(damping.Terms, t => t.Term == "bowl" && t.Rejections == 2);
        Assert.Empty((await store.DampingAsync("lumen-hair", Now, _ct)).Terms);
    }

    [Fact]
    public async Task A_card_is_remembered_once_however_often_its_decision_is_recorded()
    {
        await using var services = new ApprovalsTestServices(azurite.NewStorageOptions());
        var store = services.Get<DecisionMemoryStore>();
        for (var i = 0; i < 3; i++)
        {
            await store.RecordAsync(Rejected("c-1", "Super Bowl ad war", 1), _ct);
        }

        Assert.Single(await store.ReadAsync("snapwell-snacks", Now.AddDays(-30), _ct));
        Assert.Empty((await store.DampingAsync("snapwell-snacks", Now, _ct)).Terms);
    }

    [Fact]
    public async Task Learning_switched_off_damps_nothing()
    {
        await using var services = new ApprovalsTestServices(azurite.NewStorageOptions(), new Dictionary<string, string?> { ["Learning:Enabled"] = "false" });
        var store = services.Get<DecisionMemoryStore>();
        await store.RecordAsync(Rejected("c-1", "Super Bowl ad war", 2), _ct);
        await store.RecordAsync(Rejected("c-2", "Super Bowl ticket prices", 1), _ct);

        Assert.Empty((await store.DampingAsync("snapwell-snacks", Now, _ct)).Terms);
    }
}
