using System.Text.Json;
using Newsjack.Azure.Approvals;
using Newsjack.Core.Approvals;
using Newsjack.Integration.Tests.Infrastructure;
using static Newsjack.Integration.Tests.Cli.CliRun;

namespace Newsjack.Integration.Tests.Approvals;

public sealed class AuditStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static AuditEntry Entry(string brand, AuditAction action, DateTimeOffset at, string actor = "ana@lumen.example", string? detail = null) => new()
    {
        Brand = brand, CardId = "c-1", Action = action, Actor = actor, At = at,
        ClientAddress = "203.0.113.7", UserAgent = "Mozilla/5.0 Teams", CardHash = CardFingerprint.Of(["card"]), Detail = detail,
    };

    [Fact]
    public async Task Entries_read_back_in_time_order_per_brand_with_every_field()
    {
        await using var services = new ApprovalsTestServices(azurite.NewStorageOptions());
        var store = services.Get<AuditStore>();
        await store.AppendAsync(Entry("lumen-hair", AuditAction.Published, T0.AddMinutes(2), AuditEntry.SystemActor), _ct);
        await store.AppendAsync(Entry("lumen-hair", AuditAction.Approved, T0), _ct);
        await store.AppendAsync(Entry("skyway-air", AuditAction.Rejected, T0, "ops@skyway.example", "off-brand"), _ct);

        var lumen = await store.ReadAsync("lumen-hair", null, _ct);

        Assert.Equal([AuditAction.Approved, AuditAction.Published], lumen.Select(e => e.Action));
        Assert.Equal(Entry("lumen-hair", AuditAction.Approved, T0), lumen[0]);
        Assert.Equal("off-brand", Assert.Single(await store.ReadAsync("skyway-air", null, _ct)).Detail);
    }

    [Fact]
    public async Task Same_instant_twice_keeps_both_entries_nothing_is_overwritten()
    {
        await using var services = new ApprovalsTestServices(azurite.NewStorageOptions());
        var store = services.Get<AuditStore>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => store.AppendAsync(Entry("lumen-hair", AuditAction.Refused, T0), _ct)));

        Assert.Equal(10, (await store.ReadAsync("lumen-hair", null, _ct)).Count);
    }

    [Fact]
    public async Task Since_keeps_entries_at_or_after_the_time_and_no_table_means_no_entries()
    {
        await using var services = new ApprovalsTestServices(azurite.NewStorageOptions());
        var store = services.Get<AuditStore>();
        Assert.Empty(await store.ReadAsync("lumen-hair", null, _ct));
        await store.AppendAsync(Entry("lumen-hair", AuditAction.Approved, T0), _ct);
        await store.AppendAsync(Entry("lumen-hair", AuditAction.WouldPublish, T0.AddSeconds(1)), _ct);

        var since = await store.ReadAsync("lumen-hair", T0.AddSeconds(1), _ct);

        Assert.Equal(AuditAction.WouldPublish, Assert.Single(since).Action);
    }

    [Fact]
    public async Task Audit_command_prints_json_and_a_table_from_storage()
    {
        var storage = azurite.NewStorageOptions();
        await using (var services = new ApprovalsTestServices(storage))
        {
            var store = services.Get<AuditStore>();
            await store.AppendAsync(Entry("lumen-hair", AuditAction.Approved, T0), _ct);
            await store.AppendAsync(Entry("lumen-hair", AuditAction.Rejected, T0.AddHours(1), detail: "tone: too jokey"), _ct);
        }

        var settings = SettingsFile(storage.ConnectionString!, storage.Prefix);
        var (code, json, _) = await RunAsync("audit", "--brand", "lumen-hair", "--since", "2026-11-23T10:30:00Z", "--format", "json", "--settings", settings);
        var (tableCode, table, _) = await RunAsync("audit", "--brand", "lumen-hair", "--settings", settings);

        Assert.Equal((0, 0), (code, tableCode));
        var entry = Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray());
        Assert.Equal("rejected", entry.GetProperty("action").GetString());
        Assert.Equal("tone: too jokey", entry.GetProperty("detail").GetString());
        Assert.Equal("2026-11-23T11:00:00+00:00", entry.GetProperty("at").GetString());
        Assert.Contains("2026-11-23 10:00:00Z  approved", table, StringComparison.Ordinal);
        Assert.Contains("203.0.113.7", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_command_without_brand_is_a_usage_error() =>
        Assert.Equal(2, (await RunAsync("audit")).Code);

    private static string SettingsFile(string connection, string prefix)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("newsjack-audit-").FullName, "settings.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { Values = new Dictionary<string, string> { ["Storage__ConnectionString"] = connection, ["Storage__Prefix"] = prefix } }));
        return path;
    }
}
