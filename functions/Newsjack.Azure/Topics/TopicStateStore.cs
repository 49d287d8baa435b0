using System.Globalization;
using System.Text.Json;
using Azure;
using Microsoft.Extensions.Logging;
using Newsjack.Core.Serialization;
using Newsjack.Core.Topics;
using Newsjack.Core.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>
/// The topics stage's two state blobs: `topics-clusterer.json` (stories and document frequencies) and
/// `topics-trends.bin` (the trend sketch; metadata `countedthrough` = the time up to which texts were counted, so a
/// repeated run never counts a text twice). Both are written on the ETag they were read at.
/// </summary>
public sealed class TopicStateStore(StateBlobStore blobs, ILogger<TopicStateStore> logger)
{
    public const string ClustererBlob = "topics-clusterer.json";
    public const string SketchBlob = "topics-trends.bin";
    private const string CountedThroughKey = "countedthrough";

    public async Task<TopicState> LoadAsync(TrendOptions trendOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trendOptions);
        var clusterer = await blobs.ReadAsync(ClustererBlob, cancellationToken);
        var sketch = await blobs.ReadAsync(SketchBlob, cancellationToken);
        var clustererState = clusterer is null ? new StoryClustererState()
            : JsonSerializer.Deserialize(clusterer.Content.ToMemory().Span, NewsjackJsonContext.Default.StoryClustererState)
              ?? throw new InvalidDataException($"State blob '{ClustererBlob}' holds JSON null, not a clusterer state.");
        var restored = sketch is null ? null : SignificanceSketchSerializer.FromBytes(sketch.Content.ToArray());
        if (restored is not null && restored.Options.WidthBits != trendOptions.WidthBits)
        {
            TopicsLog.SketchReset(logger, restored.Options.WidthBits, trendOptions.WidthBits);
            restored = null;
        }

        var countedThrough = restored is not null && sketch!.Metadata.TryGetValue(CountedThroughKey, out var ticks)
            ? new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        return new TopicState(clustererState, clusterer?.ETag, restored ?? new SignificanceSketch(trendOptions), countedThrough, sketch?.ETag);
    }

    public Task<ETag> SaveClustererAsync(StoryClustererState state, ETag? expected, CancellationToken cancellationToken) =>
        blobs.WriteAsync(
            ClustererBlob,
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(state, NewsjackJsonContext.Default.StoryClustererState)),
            new Dictionary<string, string>(),
            expected,
            cancellationToken);

    public Task<ETag> SaveSketchAsync(SignificanceSketch sketch, DateTimeOffset countedThrough, ETag? expected, CancellationToken cancellationToken) =>
        blobs.WriteAsync(
            SketchBlob,
            BinaryData.FromBytes(SignificanceSketchSerializer.ToBytes(sketch)),
            new Dictionary<string, string> { [CountedThroughKey] = countedThrough.UtcTicks.ToString(CultureInfo.InvariantCulture) },
            expected,
            cancellationToken);
}
