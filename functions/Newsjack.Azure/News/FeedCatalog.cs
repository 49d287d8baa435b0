using Microsoft.Extensions.Options;
using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>
/// The configured feeds, read from <see cref="NewsOptions.FeedsFile"/> on every call so an edited file takes
/// effect at the next poll without a restart. An invalid file throws with every problem listed.
/// </summary>
public sealed class FeedCatalog(IOptions<NewsOptions> options)
{
    public async Task<IReadOnlyList<FeedSource>> LoadAsync(CancellationToken cancellationToken)
    {
        var file = options.Value.FeedsFile;
        if (string.IsNullOrWhiteSpace(file))
        {
            return [];
        }

        string json;
        try
        {
            json = await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{file}: cannot read the feeds file: {ex.Message}", ex);
        }

        var result = FeedsFileParser.Parse(json, file);
        return result.Ok ? result.Feeds : throw new InvalidDataException(string.Join(Environment.NewLine, result.Errors));
    }

    public async Task<FeedSource?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var feeds = await LoadAsync(cancellationToken);
        return feeds.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
