using Newsjack.Azure.Approvals;
using Newsjack.Core.Brands;

namespace Newsjack.Integration.Tests.Approvals;

public sealed class PublishTargetsTests
{
    private static readonly BrandProfile Lumen = new()
    {
        Id = "lumen-hair", Name = "Lumen", Topics = [new BrandTopic("hair", 1)], TeamsWebhookSetting = "TEAMS_WEBHOOK_LUMEN",
        PublishWebhookSetting = "PUBLISH_WEBHOOK_LUMEN",
    };

    private static PublishTargets With(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build());

    [Fact]
    public void Url_and_secret_come_from_the_named_setting_and_its_secret_twin()
    {
        var (target, problem) = With(("PUBLISH_WEBHOOK_LUMEN", "https://hooks.example/catch/1/x"), ("PUBLISH_WEBHOOK_LUMEN_SECRET", "s")).Find(Lumen);

        Assert.Null(problem);
        Assert.Equal(new PublishTarget(new Uri("https://hooks.example/catch/1/x"), "s"), target);
        Assert.DoesNotContain("catch", target!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", "PUBLISH_WEBHOOK_LUMEN (publish webhook URL) is not set")]
    [InlineData("http://hooks.example/x", "s", "not an https URL")]
    [InlineData("https://hooks.example/x", "", "PUBLISH_WEBHOOK_LUMEN_SECRET (the signing secret) is not set")]
    public void Missing_or_unsafe_settings_name_the_setting_never_the_value(string url, string secret, string problem)
    {
        var (target, found) = With(("PUBLISH_WEBHOOK_LUMEN", url), ("PUBLISH_WEBHOOK_LUMEN_SECRET", secret)).Find(Lumen);

        Assert.Null(target);
        Assert.Contains(problem, found, StringComparison.Ordinal);
        Assert.DoesNotContain("hooks.example", found, StringComparison.Ordinal);
    }

    [Fact]
    public void Loopback_http_is_allowed_for_local_receivers() =>
        Assert.NotNull(With(("PUBLISH_WEBHOOK_LUMEN", "http://127.0.0.1:5000/hook"), ("PUBLISH_WEBHOOK_LUMEN_SECRET", "s")).Find(Lumen).Target);

    [Fact]
    public void Brand_without_publish_setting_has_no_target() =>
        Assert.Contains("no publish.webhookSetting", With().Find(Lumen with { PublishWebhookSetting = null }).Problem, StringComparison.Ordinal);
}
