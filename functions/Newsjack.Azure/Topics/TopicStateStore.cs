using System.Globalization;
using System.Text.Json;
using Azure;
using Microsoft.Extensions.Logging;
using Newsjack.Core.Serialization;
using Newsjack.Core.Topics;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>
/// The topics stage's state blobs: `topics-clusterer.json` (stories and document frequencies) and one trend sketch
/// per source partition, `topics-trends-{partition}.bin` (metadata `countedthrough` = the time up to which that
/// partition's texts were counted, so a repeated run never counts a text twice). Each is written on the ETag it was read at.
/// </summary>
public sealed class TopicStateStore(StateBlobStore blobs, ILogger<TopicStateStore> logger)
{
    public const string ClustererBlob = "topics-clusterer.json";
    public const string SketchBlobPrefix = "topics-trends-";
    private const string SketchBlobSuffix = ".bin";
    private const string CountedThroughKey = "countedthrough";

    public static string SketchBlob(string partition) => SketchBlobPrefix + partition + SketchBlobSuffix;

    public async Task<TopicState> LoadAsync(TrendOptions trendOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trendOptions);
        var clusterer = await blobs.ReadAsync(ClustererBlob, cancellationToken);
        var clustererState = clusterer is null ? new StoryClustererState()
            : JsonSerializer.Deserialize(clusterer.Content.ToMemory().Span, NewsjackJsonContext.Default.StoryClustererState)
              ?? throw new InvalidDataException($"State blob '{ClustererBlob}' holds JSON null, not a clusterer state.");
        var sketches = new Dictionary<string, PartitionSketch>(StringComparer.Ordinal);
        foreach (var name in await blobs.ListAsync(SketchBlobPrefix, cancellationToken))
        {
            if (name.EndsWith(SketchBlobSuffix, StringComparison.Ordinal)
                && await blobs.ReadAsync(name, cancellationToken) is { } blob)
            {
                sketches[name[SketchBlobPrefix.Length..^SketchBlobSuffix.Length]] = Restore(blob, trendOptions);
            }
        }

        return new TopicState(clustererState, clusterer?.ETag, sketches);
    }

    public Task<ETag> SaveClustererAsync(StoryClustererState state, ETag? expected, CancellationToken cancellationToken) =>
        blobs.WriteAsync(
            ClustererBlob,
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(state, NewsjackJsonContext.Default.StoryClustererState)),
            new Dictionary<string, string>(),
            expected,
            cancellationToken);

    public Task<ETag> SaveSketchAsync(string partition, SignificanceSketch sketch, DateTimeOffset countedThrough, ETag? expected, CancellationToken cancellationToken) =>
        blobs.WriteAsync(
            SketchBlob(partition),
            BinaryData.FromBytes(SignificanceSketchSerializer.ToBytes(sketch)),
            new Dictionary<string, string> { [CountedThroughKey] = countedThrough.UtcTicks.ToString(CultureInfo.InvariantCulture) },
            expected,
            cancellationToken);

    private PartitionSketch Restore(StateBlob blob, TrendOptions trendOptions)
    {
        var restored = SignificanceSketchSerializer.FromBytes(blob.Content.ToArray());
        if (restored.Options.WidthBits != trendOptions.WidthBits)
        {
            // Keep the ETag: the new sketch overwrites the old blob rather than failing as "already exists".
            TopicsLog.SketchReset(logger, restored.Options.WidthBits, trendOptions.WidthBits);
            return new PartitionSketch(new SignificanceSketch(trendOptions), null, blob.ETag);
        }

        var countedThrough = blob.Metadata.TryGetValue(CountedThroughKey, out var ticks)
            ? new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        return new PartitionSketch(restored, countedThrough, blob.ETag);
    }
}
