using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Scoring.SecondOpinion;
using Newsjack.Azure.Topics;
using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;

namespace Newsjack.Integration.Tests.Scoring.SecondOpinion;

/// <summary>The chat-model second opinion through the real Azure OpenAI client against a Kestrel fake of the service.</summary>
public sealed class SecondOpinionReviewerTests : IAsyncLifetime
{
    private const string Death = """{"category": "death_injury_conflict", "tier": "floor", "reason": "a tribute to a singer who died this week"}""";
    private const string Safe = """{"category": "none", "tier": "none", "reason": "a light product story"}""";
    private static readonly DateTimeOffset Now = new(2026, 2, 3, 15, 0, 0, TimeSpan.Zero);
    private static readonly BrandProfile Snack = BrandJsonFile("snapwell-snacks.json");
    private readonly FakeTimeProvider _time = new(Now);
    private FakeChatService _service = null!;

    // The gentle tribute (no word of a death: the local scorer suggests it) reads as a death to the model; the rest as safe.
    public async ValueTask InitializeAsync() =>
        _service = await FakeChatService.StartAsync(user => user.Contains("A cookie for Nell", StringComparison.Ordinal) ? Death : Safe);

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_suggestion_the_model_reads_as_a_death_is_suppressed_with_its_reason()
    {
        var (tribute, launch) = (Subject("A cookie for Nell: fans bring her favourite snack to the bakery", "Snapwell cookies and milk line the doorstep of the shop where she first sang"),
            Subject("Snapwell launches a double chocolate cookie for game day", "The new cookie snaps, never bends"));
        var local = Local(tribute, launch);
        Assert.All(local, s => Assert.Equal(Decision.Suggest, s.Decision));

        var reviewed = await Reviewer().ReviewAsync(Snack, local, TestContext.Current.CancellationToken);

        Assert.Equal(Decision.Suppress, reviewed[0].Decision);
        Assert.Equal(RiskTier.Floor, reviewed[0].Risk.Tier);
        Assert.Null(reviewed[0].Delivery);
        Assert.Contains("second opinion: reads as death_injury_conflict (floor): a tribute to a singer who died this week", reviewed[0].Reasons);
        Assert.Equal(local[1], reviewed[1]);
        Assert.Equal(2, _service.Hits.Count);
        Assert.All(_service.Hits, h => Assert.Contains("brand safety", h.System, StringComparison.Ordinal));
        Assert.Contains(_service.Hits, h => h.User.StartsWith("A cookie for Nell: fans bring her favourite snack", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_topics_about_to_be_suggested_are_asked()
    {
        var chess = Subject("Chess championship decided in Oslo", "The grandmaster retained the title");
        var local = Local(chess);
        Assert.Equal(Decision.Ignore, local[0].Decision);

        var reviewed = await Reviewer().ReviewAsync(Snack, local, TestContext.Current.CancellationToken);

        Assert.Equal(local, reviewed);
        Assert.Empty(_service.Hits);
    }

    [Fact]
    public async Task One_request_per_topic_per_window_for_every_brand_and_run()
    {
        var tribute = Subject("A cookie for Nell: fans bring her favourite snack to the bakery", "Snapwell cookies and milk line the doorstep of the shop where she first sang");
        var reviewer = Reviewer();

        await reviewer.ReviewAsync(Snack, Local(tribute), TestContext.Current.CancellationToken);
        await reviewer.ReviewAsync(Snack with { Id = "other-brand" }, Local(tribute), TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromHours(47));
        var later = await reviewer.ReviewAsync(Snack, Local(tribute), TestContext.Current.CancellationToken);
        Assert.Single(_service.Hits);
        Assert.Equal(Decision.Suppress, later[0].Decision);

        _time.Advance(TimeSpan.FromHours(2));
        await reviewer.ReviewAsync(Snack, Local(tribute), TestContext.Current.CancellationToken);
        Assert.Equal(2, _service.Hits.Count);
    }

    [Theory]
    [InlineData(FakeChatService.Fault.Throttle, 429)]
    [InlineData(FakeChatService.Fault.ServerError, 500)]
    [InlineData(FakeChatService.Fault.Slow, 200)]
    public async Task A_failing_or_slow_service_leaves_the_local_judgement_after_one_request(FakeChatService.Fault fault, int status)
    {
        var tribute = Subject("A cookie for Nell: fans bring her favourite snack to the bakery", "Snapwell cookies and milk line the doorstep of the shop where she first sang");
        var local = Local(tribute);
        _service.Next(fault);
        var started = TimeProvider.System.GetTimestamp();

        var reviewed = await Reviewer(timeoutSeconds: 1).ReviewAsync(Snack, local, TestContext.Current.CancellationToken);

        Assert.Equal(local, reviewed);
        var hit = Assert.Single(_service.Hits);
        Assert.Equal(status, hit.Status);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(4), "the reviewer must not wait for a slow answer");
    }

    [Theory]
    [InlineData("I think this is fine.")]
    [InlineData("""{"category": "death_injury_conflict", "tier": "catastrophic"}""")]
    [InlineData("""{"category": "sadness", "tier": "floor"}""")]
    public async Task An_answer_off_the_rubric_changes_nothing(string answer)
    {
        await using var service = await FakeChatService.StartAsync(_ => answer);
        var local = Local(Subject("A cookie for Nell: fans bring her favourite snack to the bakery", "Snapwell cookies and milk line the doorstep of the shop where she first sang"));

        var reviewed = await Reviewer(service: service).ReviewAsync(Snack, local, TestContext.Current.CancellationToken);

        Assert.Equal(local, reviewed);
        Assert.Single(service.Hits);
    }

    [Fact]
    public void Off_by_default_and_a_bad_endpoint_stops_the_host_with_its_name()
    {
        using var off = Services(new Dictionary<string, string?>());
        Assert.Null(off.GetService<SecondOpinionReviewer>());

        using var bad = Services(new Dictionary<string, string?>
        {
            ["SecondOpinion:Enabled"] = "true", ["SecondOpinion:Endpoint"] = "http://openai.example", ["SecondOpinion:Deployment"] = "gpt-4o-mini",
        });
        var error = Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<SecondOpinionOptions>>().Value);
        Assert.Contains("SecondOpinion:Endpoint", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton(TimeProvider.System).AddLogging();
        services.AddOptions<TopicsOptions>();
        services.AddNewsjackSecondOpinion(configuration);
        return services.BuildServiceProvider();
    }

    private SecondOpinionReviewer Reviewer(int timeoutSeconds = 10, FakeChatService? service = null)
    {
        var options = new SecondOpinionOptions
        {
            Enabled = true, Endpoint = (service ?? _service).Endpoint, Deployment = FakeChatService.Deployment, Key = FakeChatService.Key, TimeoutSeconds = timeoutSeconds,
        };
        return new SecondOpinionReviewer(SecondOpinionRegistration.Create(options), Options.Create(options), Options.Create(new TopicsOptions()), _time, NullLogger<SecondOpinionReviewer>.Instance);
    }

    private static IReadOnlyList<TopicScore> Local(params ScoringSubject[] subjects) => BrandScorer.Default.ScoreAll(subjects, Snack, Now, []);

    private static ScoringSubject Subject(string title, string summary) => new()
    {
        Id = "t-" + StableHash.Of(title).ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
        Label = title,
        Items = [new SubjectText("n1", $"{title}. {summary}")],
        MomentumSigma = 4,
        FirstSeen = Now.AddHours(-1),
        LastSeen = Now.AddMinutes(-5),
    };

    private static BrandProfile BrandJsonFile(string name)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring", name);
        using var stream = File.OpenRead(file);
        return BrandProfileLoader.Load(stream, file).Profile!;
    }
}
