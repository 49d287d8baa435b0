using Newsjack.Core.Scoring.Analysis;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Scoring.Language;

public sealed class LanguageTextAnalyzerTests(AzuriteFixture azurite)
{
    private const AnalysisKinds SentimentAndEntities = AnalysisKinds.Sentiment | AnalysisKinds.Entities;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SameTextAgain_SendsNothing_EvenFromANewInstanceAfterARestart()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var setup = new LanguageAnalyzerSetup(service, azurite);
        AnalysisDocument[] documents = [new("t1", "Protests in Cairo are a tragedy", "en", SentimentAndEntities)];

        var first = Assert.Single(await setup.New().AnalyzeAsync(documents, Ct));
        var again = Assert.Single(await setup.New().AnalyzeAsync([documents[0] with { Id = "t2", Text = "Protests in  Cairo are a tragedy " }], Ct));

        Assert.Equal(2, service.Hits.Count);
        Assert.Equal("t2", again.Id);
        Assert.Equal(first.Sentiment, again.Sentiment);
        Assert.Equal(first.Entities, again.Entities);
        Assert.Equal(SentimentLabel.Negative, again.Sentiment?.Label);
    }

    [Fact]
    public async Task IdenticalTextsInOneCall_SentOnce_EveryCopyAnswered()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var analyzer = new LanguageAnalyzerSetup(service, azurite).New();

        var results = await analyzer.AnalyzeAsync(
            [.. Enumerable.Range(0, 3).Select(i => new AnalysisDocument($"copy{i}", "Great dunk in the dark", "en", AnalysisKinds.Sentiment))], Ct);

        Assert.Single(service.SentDocuments("SentimentAnalysis"));
        Assert.All(results, r => Assert.Equal(SentimentLabel.Positive, r.Sentiment?.Label));
        Assert.Equal(["copy0", "copy1", "copy2"], results.Select(r => r.Id));
    }

    [Fact]
    public async Task BudgetSpent_RestGetBudgetExceededWithoutThrowing_NextWindowSendsThem()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var setup = new LanguageAnalyzerSetup(service, azurite, o => (o.MaxTextRecordsPerWindow, o.BudgetWindowMinutes) = (3, 60));
        var analyzer = setup.New();
        AnalysisDocument[] documents = [.. Enumerable.Range(0, 5).Select(i => new AnalysisDocument($"topic{i}", $"Topic {i} is a great win", "en", AnalysisKinds.Sentiment))];

        var results = await analyzer.AnalyzeAsync(documents, Ct);

        Assert.Equal(3, service.SentDocuments("SentimentAnalysis").Count);
        Assert.Equal(3, results.Count(r => r.Sentiment is not null));
        Assert.Equal(2, results.Count(r => r.BudgetExceeded));

        setup.Time.Advance(TimeSpan.FromHours(1));
        var later = await analyzer.AnalyzeAsync(documents, Ct);

        Assert.Equal(5, service.SentDocuments("SentimentAnalysis").Count);
        Assert.All(later, r => Assert.NotNull(r.Sentiment));
    }

    [Fact]
    public async Task LongDocument_CostsOneRecordPerStartedThousandCharacters()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var setup = new LanguageAnalyzerSetup(service, azurite, o => (o.MaxCharactersPerDocument, o.MaxTextRecordsPerWindow) = (5120, 5));
        var analyzer = setup.New();
        var article = string.Join(' ', Enumerable.Repeat("story", 500));

        var results = await analyzer.AnalyzeAsync(
            [new("long", article, "en", AnalysisKinds.Sentiment), new("short", "A great win", "en", AnalysisKinds.Sentiment)], Ct);
        var more = await analyzer.AnalyzeAsync(
            [new("other", article + " more", "en", AnalysisKinds.Sentiment), new("tiny", "Win", "en", AnalysisKinds.Sentiment)], Ct);

        // 2,999 characters cost 3 records and the short text 1: 4 of 5 spent, so another long one no longer fits.
        Assert.All(results, r => Assert.NotNull(r.Sentiment));
        Assert.True(more[0].BudgetExceeded);
        Assert.NotNull(more[1].Sentiment);
    }

    [Fact]
    public async Task UnknownLanguage_DetectedFirst_LaterKindsSendIt()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var analyzer = new LanguageAnalyzerSetup(service, azurite).New();

        var result = Assert.Single(await analyzer.AnalyzeAsync([new("fr", "Bonjour Paris, great win", null, AnalysisKinds.Language | AnalysisKinds.Sentiment)], Ct));

        Assert.Equal("fr", result.Language?.Iso6391Name);
        Assert.Equal(["LanguageDetection", "SentimentAnalysis"], service.Hits.Select(h => h.Kind));
        Assert.Equal("fr", (string?)Assert.Single(service.SentDocuments("SentimentAnalysis"))["language"]);
    }

    [Fact]
    public async Task PerDocumentError_ReportedAndNotCached_OthersCached()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var setup = new LanguageAnalyzerSetup(service, azurite);
        AnalysisDocument[] documents = [new("bad", "Qapla'", "tlh", AnalysisKinds.Sentiment), new("good", "A great win", "en", AnalysisKinds.Sentiment)];

        var first = await setup.New().AnalyzeAsync(documents, Ct);
        await setup.New().AnalyzeAsync(documents, Ct);

        Assert.Equal("UnsupportedLanguageCode", Assert.Single(first[0].Errors).Code);
        Assert.NotNull(first[1].Sentiment);
        Assert.Equal(["Qapla'", "A great win", "Qapla'"], service.SentDocuments("SentimentAnalysis").Select(d => (string?)d["text"]));
    }

    [Fact]
    public async Task ServiceDown_UnavailableErrorsNotException_BudgetGivenBack()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var setup = new LanguageAnalyzerSetup(service, azurite, o => (o.MaxRetries, o.MaxTextRecordsPerWindow) = (0, 1));
        var analyzer = setup.New();
        service.Enqueue(LanguageFault.Unavailable());

        var down = Assert.Single(await analyzer.AnalyzeAsync([new("1", "A great win", "en", AnalysisKinds.Sentiment)], Ct));
        var back = Assert.Single(await analyzer.AnalyzeAsync([new("1", "A great win", "en", AnalysisKinds.Sentiment)], Ct));

        Assert.Equal(AnalysisError.Unavailable, Assert.Single(down.Errors).Code);
        Assert.Contains("503", down.Errors[0].Message, StringComparison.Ordinal);
        Assert.NotNull(back.Sentiment);
    }

    [Fact]
    public async Task WrongKey_PausesCallsForTheCircuitBreakTime()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var setup = new LanguageAnalyzerSetup(service, azurite, o => (o.Key, o.CircuitBreakMinutes) = ("revoked", 30));
        var analyzer = setup.New();
        AnalysisDocument[] one = [new("1", "A great win", "en", AnalysisKinds.Sentiment)];

        await analyzer.AnalyzeAsync(one, Ct);
        var paused = Assert.Single(await analyzer.AnalyzeAsync(one, Ct));
        setup.Time.Advance(TimeSpan.FromMinutes(31));
        await analyzer.AnalyzeAsync(one, Ct);

        Assert.Contains("paused", Assert.Single(paused.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(2, service.Hits.Count);
    }
}
