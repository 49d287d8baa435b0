namespace Newsjack.Integration.Tests.Approvals;

/// <summary>One browser session: a cookie jar and an identity; GET a page, POST its form back.</summary>
internal sealed class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public async Task<(int Status, string Html, HttpResponseMessage Response)> GetAsync(Uri url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response);
    }

    public async Task<(int Status, string Html)> PostAsync(Uri url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(url, content, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Opens the link, then posts the page's own form with <paramref name="change"/> applied.</summary>
    public async Task<(int Status, string Html)> DecideAsync(Uri link, Action<Dictionary<string, string>>? change = null)
    {
        var (status, html, _) = await GetAsync(link);
        Assert.Equal(200, status);
        var fields = CardPageHost.FormFields(html);
        change?.Invoke(fields);
        return await PostAsync(link, fields);
    }

    public void Dispose() => client.Dispose();
}
