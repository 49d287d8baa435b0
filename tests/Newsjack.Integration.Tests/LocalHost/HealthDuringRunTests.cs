using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Newsjack.Azure.News;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Topics;

namespace Newsjack.Integration.Tests.LocalHost;

/// <summary>`/api/health` on the local host stays healthy while a `DetectTopics` run is under way.</summary>
public sealed class HealthDuringRunTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_answers_healthy_while_a_DetectTopics_run_is_held_mid_way_and_after_it()
    {
        var gate = new StateWriteGate();
        var held = new BlobClientOptions();
        held.AddPolicy(gate, global::Azure.Core.HttpPipelinePosition.PerCall);
        await using var host = await LocalHostServer.StartAsync(
            azurite.ConnectionString, azurite.NewStorageOptions(), configure: s => s.AddSingleton(new BlobServiceClient(azurite.ConnectionString, held)));
        await TopicSamples.StoreItemsAsync(host.Services.GetRequiredService<NewsItemStore>(), host.Time.GetUtcNow(), cancellationToken: _ct);

        using var trigger = await host.Http.PostAsync("/admin/functions/DetectTopics", new StringContent("{}", Encoding.UTF8, "application/json"), _ct);
        await gate.Reached.WaitAsync(_ct);
        var (during, duringBody) = await HealthAsync(host);
        gate.Release();
        await Eventually.TrueAsync(async () => Outcome((await HealthAsync(host)).Body) is "succeeded", "DetectTopics run recorded in /api/health");
        var (after, afterBody) = await HealthAsync(host);

        Assert.Equal(HttpStatusCode.Accepted, trigger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, during);
        Assert.Equal("healthy", duringBody.GetProperty("status").GetString());
        Assert.All(duringBody.GetProperty("storage").EnumerateObject(), s => Assert.Equal("ok", s.Value.GetString()));
        Assert.Null(Outcome(duringBody)); // the run was still under way
        Assert.Equal((HttpStatusCode.OK, "healthy"), (after, afterBody.GetProperty("status").GetString()));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync(LocalHostServer host)
    {
        using var health = await host.Http.GetAsync(new Uri("/api/health", UriKind.Relative), _ct);
        return (health.StatusCode, await health.Content.ReadFromJsonAsync<JsonElement>(_ct));
    }

    private static string? Outcome(JsonElement health)
    {
        var row = health.GetProperty("jobs").EnumerateArray().FirstOrDefault(j => j.GetProperty("name").GetString() == "DetectTopics");
        return row.ValueKind == JsonValueKind.Object && row.TryGetProperty("lastOutcome", out var outcome) && outcome.ValueKind == JsonValueKind.String
            ? outcome.GetString() : null;
    }
}
