using System.Net;
using System.Text.Json;
using Newsjack.Azure.Approvals;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Approvals;

public sealed class PublishWebhookClientTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static PublishPayload Payload() => new()
    {
        Brand = "lumen-hair",
        Text = "Red carpet, redder hair. #LumenHair",
        Hashtags = ["#LumenHair"],
        Links = ["https://news.example/oscars-hair"],
        CardId = "c-7f3a",
        Approver = "ana@lumen.example",
        ApprovedAt = T0,
        SentAt = T0.AddSeconds(1),
    };

    private ApprovalsTestServices Services(string attemptTimeout = "1", string maxRetries = "3") => new(azurite.NewStorageOptions(), new Dictionary<string, string?>
    {
        ["Publish:AttemptTimeoutSeconds"] = attemptTimeout,
        ["Publish:MaxRetries"] = maxRetries,
        ["Publish:RetryDelaySeconds"] = "0.02",
        ["Publish:TotalTimeoutSeconds"] = "20",
    });

    [Fact]
    public async Task Sends_the_signed_json_payload_with_the_card_id_as_idempotency_key()
    {
        await using var receiver = await PublishReceiver.StartAsync();
        await using var services = Services();

        var receipt = await services.Get<PublishWebhookClient>().SendAsync(new(receiver.Url, PublishReceiver.Secret), Payload(), _ct);

        Assert.Equal(200, receipt.Status);
        Assert.Contains("post-42", receipt.Body, StringComparison.Ordinal);
        var hit = Assert.Single(receiver.Hits);
        Assert.Equal(PublishReceiver.HookPath, hit.Path);
        Assert.Equal("application/json; charset=utf-8", hit.ContentType);
        Assert.Equal("c-7f3a", hit.IdempotencyKey);
        Assert.True(WebhookSignature.Verify(hit.Body, PublishReceiver.Secret, hit.Signature));
        var json = JsonDocument.Parse(hit.Body).RootElement;
        Assert.Equal("lumen-hair", json.GetProperty("brand").GetString());
        Assert.Equal("Red carpet, redder hair. #LumenHair", json.GetProperty("text").GetString());
        Assert.Equal("#LumenHair", json.GetProperty("hashtags")[0].GetString());
        Assert.Equal("https://news.example/oscars-hair", json.GetProperty("links")[0].GetString());
        Assert.Equal("c-7f3a", json.GetProperty("cardId").GetString());
        Assert.Equal("ana@lumen.example", json.GetProperty("approver").GetString());
    }

    [Fact]
    public async Task Throttled_429_with_retry_after_is_retried_after_that_delay()
    {
        await using var receiver = await PublishReceiver.StartAsync();
        receiver.Throttle("1");
        await using var services = Services();

        await services.Get<PublishWebhookClient>().SendAsync(new(receiver.Url, PublishReceiver.Secret), Payload(), _ct);

        var hits = receiver.Hits;
        Assert.Equal(2, hits.Count);

        // The back-off is 20 ms here, so a gap near a second can only come from Retry-After.
        Assert.True(hits[1].At - hits[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(hits[1].At - hits[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Server_errors_are_retried_then_succeed_and_every_attempt_carries_the_same_signed_body()
    {
        await using var receiver = await PublishReceiver.StartAsync();
        receiver.Fail(500);
        receiver.Fail(503);
        await using var services = Services();

        await services.Get<PublishWebhookClient>().SendAsync(new(receiver.Url, PublishReceiver.Secret), Payload(), _ct);

        Assert.Equal(3, receiver.Hits.Count);
        Assert.Single(receiver.Hits.Select(h => Convert.ToBase64String(h.Body)).Distinct());
    }

    [Fact]
    public async Task A_hanging_receiver_times_out_and_the_retry_succeeds()
    {
        await using var receiver = await PublishReceiver.StartAsync();
        receiver.Hang();
        await using var services = Services(attemptTimeout: "1");

        var receipt = await services.Get<PublishWebhookClient>().SendAsync(new(receiver.Url, PublishReceiver.Secret), Payload(), _ct);

        Assert.Equal(200, receipt.Status);
        Assert.Equal(2, receiver.Hits.Count);
    }

    [Fact]
    public async Task Accepted_202_with_an_empty_body_is_success()
    {
        await using var receiver = await PublishReceiver.StartAsync();
        receiver.AcceptEmpty();
        await using var services = Services();

        var receipt = await services.Get<PublishWebhookClient>().SendAsync(new(receiver.Url, PublishReceiver.Secret), Payload(), _ct);

        Assert.Equal((202, ""), (receipt.Status, receipt.Body));
        Assert.Single(receiver.Hits);
    }

    [Fact]
    public async Task Client_errors_fail_at_once_with_status_and_body_and_never_the_url()
    {
        await using var receiver = await PublishReceiver.StartAsync();
        receiver.Fail(422, """{"error":"text too long for X"}""");
        await using var services = Services();

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() =>
            services.Get<PublishWebhookClient>().SendAsync(new(receiver.Url, PublishReceiver.Secret), Payload(), _ct));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.StatusCode);
        Assert.Contains("text too long for X", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", ex.ToString(), StringComparison.Ordinal);
        Assert.Single(receiver.Hits);
    }

    [Fact]
    public async Task Wrong_secret_is_refused_by_the_receiver_as_401()
    {
        await using var receiver = await PublishReceiver.StartAsync();
        await using var services = Services();

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() =>
            services.Get<PublishWebhookClient>().SendAsync(new(receiver.Url, "not-the-secret"), Payload(), _ct));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
    }

    [Fact]
    public async Task Persistent_failure_gives_up_after_the_configured_retries()
    {
        await using var receiver = await PublishReceiver.StartAsync();
        receiver.Fail(502, "bad gateway", times: 10);
        await using var services = Services(maxRetries: "2");

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() =>
            services.Get<PublishWebhookClient>().SendAsync(new(receiver.Url, PublishReceiver.Secret), Payload(), _ct));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal(3, receiver.Hits.Count);
    }

    [Fact]
    public async Task Unreachable_receiver_fails_without_the_path_in_the_message()
    {
        await using var services = Services(maxRetries: "1");
        var closed = new Uri("http://127.0.0.1:9" + PublishReceiver.HookPath);

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() =>
            services.Get<PublishWebhookClient>().SendAsync(new(closed, PublishReceiver.Secret), Payload(), _ct));

        Assert.DoesNotContain("secret-token", ex.Message, StringComparison.Ordinal);
    }
}
