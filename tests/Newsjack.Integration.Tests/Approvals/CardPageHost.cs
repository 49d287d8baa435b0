using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Approvals;
using Newsjack.Azure.Approvals.Report;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Scoring;
using Newsjack.Cli.LocalHost;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Core.News;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;
using Newsjack.Core.Topics;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Approvals;

/// <summary>
/// The real local host (endpoints, queue pumps, timers) over Azurite with one brand whose approvers are ana and li,
/// card link keys, and Easy Auth identity (tests say who they are with <c>X-MS-CLIENT-PRINCIPAL-NAME</c>). Seeds
/// delivered cards and drives the pages like a browser: GET the link, keep the cookie, post the form it shows.
/// </summary>
internal sealed partial class CardPageHost : IAsyncDisposable
{
    public const string Ana = "ana@lumen.example";
    public const string Li = "li@lumen.example";
    public static readonly string CurrentKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    public static readonly string PreviousKey = Convert.ToBase64String(Enumerable.Range(50, 32).Select(i => (byte)i).ToArray());
    public static readonly string RetiredKey = Convert.ToBase64String(Enumerable.Range(90, 32).Select(i => (byte)i).ToArray());

    private readonly string _brands;

    private CardPageHost(WebApplication app, string brands) => (App, _brands) = (app, brands);

    public WebApplication App { get; }

    public Uri BaseUrl => new(App.Urls.First() + "/");

    public CardStore Cards => App.Services.GetRequiredService<CardStore>();

    public AuditStore Audit => App.Services.GetRequiredService<AuditStore>();

    public CardLinkSigner Signer => App.Services.GetRequiredService<CardLinkSigner>();

    public static async Task<CardPageHost> StartAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var brands = Directory.CreateTempSubdirectory("newsjack-pages-brands-").FullName;
        await File.WriteAllTextAsync(Path.Combine(brands, "lumen-hair.json"), """
            { "id": "lumen-hair", "name": "Lumen Haircare", "topics": [ { "phrase": "hair" } ],
              "voice": { "hashtags": ["#LumenHair"] },
              "approvers": ["ana@lumen.example", "li@lumen.example"], "publish": { "webhookSetting": "PUBLISH_WEBHOOK_LUMEN" } }
            """, TestContext.Current.CancellationToken);
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = azurite.NewStorageOptions().Prefix,
            ["Scoring:BrandsFolder"] = brands,
            ["CardLinks:BaseUrl"] = "http://127.0.0.1:1/",
            ["CardLinks:CurrentKeyId"] = "k2",
            ["CardLinks:CurrentKey"] = CurrentKey,
            ["CardLinks:PreviousKeyId"] = "k1",
            ["CardLinks:PreviousKey"] = PreviousKey,
            ["LocalHost:MaxPollingInterval"] = "00:00:00.100",
            ["EXPIRE_CARDS_SCHEDULE"] = "0 0 0 1 1 *",
            ["TOPICS_SCHEDULE"] = "0 0 0 1 1 *",
            ["NEWS_POLL_SCHEDULE"] = "0 0 0 1 1 *",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var app = LocalHostApp.Create(new LocalHostSettings { Urls = "http://127.0.0.1:0", Overrides = overrides, MinimumLogLevel = LogLevel.Warning }, configureServices);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new CardPageHost(app, brands);
    }

    /// <summary>A delivered card of lumen-hair with two drafts; <paramref name="details"/> changes what it shows.</summary>
    public async Task<SuggestionCard> SeedAsync(string id, Func<CardDetails, CardDetails>? details = null, TimeSpan? expiresIn = null, CardState state = CardState.Delivered,
        Func<SuggestionCard, SuggestionCard>? change = null)
    {
        var now = DateTimeOffset.UtcNow;
        var shown = new CardDetails
        {
            BrandName = "Lumen Haircare",
            TopicLabel = "Oscars red carpet hairstyles",
            Headline = "Stars debut bold bobs",
            WhyNow = "40 mentions in the last hour, 4.1 σ above baseline",
            WhyUs = "matches hair, red carpet",
            RiskTier = "low",
            RiskCategories = [new("obscenity_profanity", "low", ["one mild word"])],
            Drafts = [new("X", 280, "Red carpet, redder hair. #LumenHair", ["#LumenHair"]), new("Instagram", 2200, "The bob is back. #LumenHair #Oscars", ["#LumenHair"])],
            Sources = [new("Variety: Oscars hair", "https://variety.example/oscars-hair")],
            Terms = ["oscar", "red", "carpet", "hairstyl"],
        };
        var card = new SuggestionCard
        {
            Id = id, BrandId = "lumen-hair", TopicId = "t-" + id, TopicLabel = "Oscars red carpet hairstyles", Decision = "suggest",
            EnvelopeJson = "{}", State = state, CreatedAt = now.AddMinutes(-5), UpdatedAt = now, DeliveredAt = now.AddMinutes(-4),
            LinksExpireAt = now + (expiresIn ?? TimeSpan.FromHours(6)),
            DetailsJson = (details ?? (d => d))(shown).ToJson(),
        };
        card = change?.Invoke(card) ?? card;
        await Cards.EnsureAsync(TestContext.Current.CancellationToken);
        Assert.True(await Cards.AddAsync(card, TestContext.Current.CancellationToken));
        return card;
    }

    public Uri Link(string cardId, CardAction action, TimeSpan? expiresIn = null) =>
        Signer.Sign(cardId, action, DateTimeOffset.UtcNow + (expiresIn ?? TimeSpan.FromHours(1))).ToUrl(BaseUrl);

    /// <summary>A link signed with keys of our choosing (a retired key, a previous key).</summary>
    public Uri LinkSignedWith(string keyId, string key, string cardId, CardAction action)
    {
        var signer = new CardLinkSigner(Options.Create(new CardLinkOptions { CurrentKeyId = keyId, CurrentKey = key }), TimeProvider.System);
        return signer.Sign(cardId, action, DateTimeOffset.UtcNow.AddHours(1)).ToUrl(BaseUrl);
    }

    /// <summary>A browser: its own cookie jar, signed in as <paramref name="who"/> (null: not signed in).</summary>
    public static Browser Browser(string? who = Ana)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
        if (who is not null)
        {
            client.DefaultRequestHeaders.Add(ApproverIdentityResolver.PrincipalNameHeader, who);
        }

        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (NewsjackTests)");
        return new Browser(client);
    }

    /// <summary>Records, as a ScoreTopics run would, that lumen-hair's topic was relevant but suppressed as unsafe.</summary>
    public Task SuppressAsync(string topicId, string label, RiskTier tier, params string[] reasons) =>
        ScoredAsync("lumen-hair", [(topicId, label, Newsjack.Core.Scoring.Decisions.Decision.Suppress, tier, reasons)]);

    /// <summary>One ScoreTopics run's decisions for a brand, handed to the report's sink as the job does (the brand need not be in the folder).</summary>
    public async Task ScoredAsync(string brandId, IEnumerable<(string Id, string Label, Newsjack.Core.Scoring.Decisions.Decision Decision, RiskTier Tier, string[] Reasons)> topics)
    {
        var brand = App.Services.GetRequiredService<BrandFolder>().Brands().Single() with { Id = brandId };
        var now = DateTimeOffset.UtcNow;
        var scores = topics.Select(t => new TopicScore(
            new ScoringSubject { Id = t.Id, Label = t.Label, Items = [new SubjectText(t.Id + "-1", t.Label)], FirstSeen = now.AddHours(-1), LastSeen = now },
            new RelevanceResult(0.8, 0.8, ["hair"], ["matched brand topics: hair"]),
            new RiskAssessment(t.Tier, t.Reasons.Length == 0 ? [] : [new CategoryRisk("tragedy_disaster", t.Tier, [t.Reasons[0]])], [], []), t.Decision, t.Reasons, null));
        await App.Services.GetRequiredService<SuppressedTopicsSink>().AcceptAsync(new BrandScores(brand, [.. scores]),
            new ScoredTopicsContext(now, new Dictionary<string, Topic>(), new Dictionary<string, NewsItem>()), TestContext.Current.CancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync() => await Audit.ReadAsync("lumen-hair", null, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_brands, recursive: true);
    }

    /// <summary>The hidden and visible fields of the page's decision form, as a browser would post them.</summary>
    public static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in HiddenInput().Matches(html))
        {
            fields[WebUtility.HtmlDecode(m.Groups[1].Value)] = WebUtility.HtmlDecode(m.Groups[2].Value);
        }

        foreach (Match m in Textarea().Matches(html))
        {
            fields[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        }

        if (html.Contains("name=\"draft\" value=\"0\" checked", StringComparison.Ordinal))
        {
            fields["draft"] = "0";
        }

        return fields;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<textarea name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")]
    private static partial Regex Textarea();
}
