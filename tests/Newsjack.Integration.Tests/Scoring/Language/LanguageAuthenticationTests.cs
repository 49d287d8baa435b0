using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using Newsjack.Azure.Scoring.Language;
using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Integration.Tests.Scoring.Language;

/// <summary>
/// Entra ID tokens are only sent over https, which a local Kestrel test server does not offer here; so the token
/// path is checked at the transport: the right scope is asked for and a bearer header replaces the key.
/// </summary>
public sealed class LanguageAuthenticationTests
{
    [Fact]
    public async Task NoKey_AsksForTheCognitiveServicesScope_AndSendsABearerToken()
    {
        var credential = new RecordingCredential();
        var transport = new RecordingHandler();
        var options = new LanguageOptions { Enabled = true, Endpoint = new Uri("https://newsjack-test.cognitiveservices.azure.com") };
        var clientOptions = LanguageClientOptions.From(options);
        clientOptions.Transport = new HttpClientTransport(new HttpClient(transport));
        var client = new LanguageClient(options, clientOptions, credential);

        var result = Assert.Single(await client.AnalyzeSentimentAsync([new AnalysisDocument("1", "hello", "en")], TestContext.Current.CancellationToken));

        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes);
        Assert.Equal("Bearer token-123", transport.Authorization);
        Assert.False(transport.HadKeyHeader);
        Assert.Equal(new Uri("https://newsjack-test.cognitiveservices.azure.com/language/:analyze-text?api-version=2026-05-01"), transport.Uri);
        Assert.Equal(SentimentLabel.Neutral, result.Sentiment?.Label);
    }

    [Fact]
    public void NoKeyAndNoCredential_RefusedWithAClearMessage()
    {
        var options = new LanguageOptions { Enabled = true, Endpoint = new Uri("https://x.cognitiveservices.azure.com") };

        var ex = Assert.Throws<ArgumentException>(() => new LanguageClient(options, LanguageClientOptions.From(options)));

        Assert.Contains("Language:Key", ex.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken("token-123", DateTimeOffset.MaxValue));
        }
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public string? Authorization { get; private set; }

        public bool HadKeyHeader { get; private set; }

        public Uri? Uri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Authorization = request.Headers.Authorization?.ToString();
            HadKeyHeader = request.Headers.Contains("Ocp-Apim-Subscription-Key");
            Uri = request.RequestUri;
            const string Body = """{"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"0","sentiment":"neutral","confidenceScores":{"positive":0.1,"neutral":0.8,"negative":0.1}}],"errors":[]}}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json") });
        }
    }
}
