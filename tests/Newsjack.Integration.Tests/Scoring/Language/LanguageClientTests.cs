using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Integration.Tests.Scoring.Language;

public sealed class LanguageClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnalyzeSentiment_MixedBatch_ResultsInOrderAndPerDocumentErrorsWithoutFailingTheRest()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var client = LanguageTestClients.Client(service);

        var results = await client.AnalyzeSentimentAsync(
        [
            new("oreo", "Great: you can still dunk in the dark", "en"),
            new("sandy", "Hurricane tragedy on the coast", "en"),
            new("blank", "   ", "en"),
            new("klingon", "Qapla'", "tlh"),
        ], Ct);

        Assert.Equal(["oreo", "sandy", "blank", "klingon"], results.Select(r => r.Id));
        Assert.Equal(SentimentLabel.Positive, results[0].Sentiment?.Label);
        Assert.Equal(0.9, results[0].Sentiment!.Positive, 3);
        Assert.Equal(SentimentLabel.Negative, results[1].Sentiment?.Label);
        Assert.Equal("InvalidDocument", Assert.Single(results[2].Errors).Code);
        Assert.Equal("UnsupportedLanguageCode", Assert.Single(results[3].Errors).Code);
        Assert.All(results.Take(2), r => Assert.Empty(r.Errors));
    }

    [Fact]
    public async Task AnalyzeSentiment_SendsTheDocumentedRequestShapeAndKey()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var client = LanguageTestClients.Client(service);

        await client.AnalyzeSentimentAsync([new("a", "Pantene at the Oscars", "en")], Ct);

        var hit = Assert.Single(service.Hits);
        Assert.Equal(FakeLanguageService.Key, hit.Key);
        Assert.Equal("2026-05-01", hit.ApiVersion);
        Assert.Equal("SentimentAnalysis", hit.Kind);
        Assert.Equal("Utf16CodeUnit", (string?)hit.Body!["parameters"]!["stringIndexType"]);
        Assert.False((bool)hit.Body["parameters"]!["opinionMining"]!);
        Assert.Equal("latest", (string?)hit.Body["parameters"]!["modelVersion"]);
        var document = Assert.Single(hit.Documents);
        Assert.Equal("en", (string?)document["language"]);
        Assert.Equal("Pantene at the Oscars", (string?)document["text"]);
    }

    [Fact]
    public async Task DetectLanguage_SendsNoLanguageMember_ReadsDetectedLanguage()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var client = LanguageTestClients.Client(service);

        var result = Assert.Single(await client.DetectLanguageAsync([new("x", "Bonjour à tous", "en")], Ct));

        Assert.Equal(new DetectedLanguage("fr", "French", 0.99), result.Language);
        Assert.Null(Assert.Single(service.SentDocuments("LanguageDetection"))["language"]);
    }

    [Fact]
    public async Task RecognizeEntitiesAndPii_NewerUnknownMembersIgnored_OffsetsIndexTheText()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var client = LanguageTestClients.Client(service);
        const string Text = "\U0001F4A5 Protests in Cairo; write to press@brand.example";

        var entities = Assert.Single(await client.RecognizeEntitiesAsync([new("1", Text)], Ct));
        var pii = Assert.Single(await client.RecognizePiiEntitiesAsync([new("1", Text)], Ct));

        var cairo = Assert.Single(entities.Entities, e => e.Category == "Location");
        Assert.Equal("Cairo", Text.Substring(cairo.Offset, cairo.Length));
        var email = Assert.Single(pii.PiiEntities);
        Assert.Equal(("Email", "press@brand.example"), (email.Category, Text.Substring(email.Offset, email.Length)));
        Assert.True((bool)service.Hits.Single(h => h.Kind == "PiiEntityRecognition").Body!["parameters"]!["loggingOptOut"]!);
    }

    [Theory]
    [InlineData(23, "SentimentAnalysis", new[] { 10, 10, 3 })]
    [InlineData(12, "EntityRecognition", new[] { 5, 5, 2 })]
    [InlineData(6, "PiiEntityRecognition", new[] { 5, 1 })]
    [InlineData(1001, "LanguageDetection", new[] { 1000, 1 })]
    public async Task Analyze_MoreDocumentsThanTheKindAllows_ChunkedSoTheServiceAcceptsEveryBatch(int count, string kind, int[] batches)
    {
        await using var service = await FakeLanguageService.StartAsync();
        var client = LanguageTestClients.Client(service);
        var analysisKind = kind switch
        {
            "SentimentAnalysis" => AnalysisKinds.Sentiment,
            "EntityRecognition" => AnalysisKinds.Entities,
            "PiiEntityRecognition" => AnalysisKinds.PiiEntities,
            _ => AnalysisKinds.Language,
        };

        var results = await client.AnalyzeAsync(analysisKind, [.. Enumerable.Range(0, count).Select(i => new AnalysisDocument($"d{i}", $"Story number {i}", "en"))], Ct);

        Assert.Equal(batches, service.Hits.Select(h => h.Documents.Count));
        Assert.Equal(count, results.Count);
        Assert.All(results, r => Assert.Empty(r.Errors));
        Assert.Equal($"d{count - 1}", results[^1].Id);
    }

    [Fact]
    public async Task FakeService_RefusesAnOversizeBatch_AsTheRealOneDoes()
    {
        await using var service = await FakeLanguageService.StartAsync();
        using var http = new HttpClient();
        var documents = string.Join(',', Enumerable.Range(0, 11).Select(i => $$"""{"id":"{{i}}","text":"t"}"""));
        using var body = new StringContent("""{"kind":"SentimentAnalysis","analysisInput":{"documents":[""" + documents + "]}}");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(service.Endpoint, "/language/:analyze-text?api-version=2026-05-01")) { Content = body };
        request.Headers.Add("Ocp-Apim-Subscription-Key", FakeLanguageService.Key);

        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("InvalidDocumentBatch", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_TextOverTheLimit_CutOnAWordAndRecorded()
    {
        await using var service = await FakeLanguageService.StartAsync();
        var client = LanguageTestClients.Client(service, o => o.MaxCharactersPerDocument = 1000);
        var article = string.Join(' ', Enumerable.Repeat("storm", 600));

        var result = Assert.Single(await client.AnalyzeSentimentAsync([new("long", article, "en")], Ct));

        var sent = (string)Assert.Single(service.SentDocuments("SentimentAnalysis"))["text"]!;
        Assert.True(result.Truncated);
        Assert.InRange(sent.Length, 990, 1000);
        Assert.EndsWith("storm", sent, StringComparison.Ordinal);
        Assert.Equal(1, client.TextRecordsFor(article));
    }
}
