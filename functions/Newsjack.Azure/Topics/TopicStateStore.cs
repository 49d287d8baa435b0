using System.Buffers;
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
/// The state last loaded or written is held between runs of one host: a load lists the blobs' ETags and downloads and
/// parses only those another writer changed meanwhile. What a load hands out is that held state itself, so a run that
/// fails after changing it must <see cref="Forget"/> it (the next load then reads every blob again).
/// </summary>
public sealed class TopicStateStore(StateBlobStore blobs, ILogger<TopicStateStore> logger)
{
    public const string ClustererBlob = "topics-clusterer.json";
    public const string SketchBlobPrefix = "topics-trends-";
    private const string StatePrefix = "topics-";
    private const string SketchBlobSuffix = ".bin";
    private const string CountedThroughKey = "countedthrough";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PartitionSketch> _sketches = new(StringComparer.Ordinal);
    private (StoryClustererState State, ETag ETag)? _clusterer;

    public static string SketchBlob(string partition) => SketchBlobPrefix + partition + SketchBlobSuffix;

    public async Task<TopicState> LoadAsync(TrendOptions trendOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trendOptions);
        var versions = await blobs.VersionsAsync(StatePrefix, cancellationToken);
        (StoryClustererState State, ETag ETag)? clusterer;
        Dictionary<string, PartitionSketch> held;
        lock (_gate)
        {
            (clusterer, held) = (_clusterer, new Dictionary<string, PartitionSketch>(_sketches, StringComparer.Ordinal));
        }

        if (!versions.TryGetValue(ClustererBlob, out var clustererVersion))
        {
            clusterer = null;
        }
        else if (!Same(clusterer?.ETag, clustererVersion))
        {
            clusterer = await ReadClustererAsync(cancellationToken);
        }

        var sketches = new Dictionary<string, PartitionSketch>(StringComparer.Ordinal);
        foreach (var (name, version) in versions)
        {
            if (!name.StartsWith(SketchBlobPrefix, StringComparison.Ordinal) || !name.EndsWith(SketchBlobSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var partition = name[SketchBlobPrefix.Length..^SketchBlobSuffix.Length];
            if (held.GetValueOrDefault(partition) is { } kept && Same(kept.ETag, version) && kept.Sketch.Options.WidthBits == trendOptions.WidthBits)
            {
                sketches[partition] = kept;
            }
            else if (await blobs.ReadAsync(name, cancellationToken) is { } blob)
            {
                sketches[partition] = Restore(blob, trendOptions);
            }
        }

        lock (_gate)
        {
            _clusterer = clusterer;
            _sketches.Clear();
            foreach (var (partition, sketch) in sketches)
            {
                _sketches[partition] = sketch;
            }
        }

        return new TopicState(clusterer?.State ?? new StoryClustererState(), clusterer?.ETag, sketches);
    }

    public async Task<ETag> SaveClustererAsync(StoryClustererState state, ETag? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var etag = await blobs.WriteAsync(
            ClustererBlob,
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(state, NewsjackJsonContext.Default.StoryClustererState)),
            new Dictionary<string, string>(),
            expected,
            cancellationToken);
        lock (_gate)
        {
            _clusterer = (state, etag);
        }

        return etag;
    }

    public async Task<ETag> SaveSketchAsync(string partition, SignificanceSketch sketch, DateTimeOffset countedThrough, ETag? expected, CancellationToken cancellationToken)
    {
        // Each changed partition's sketch (12 MB) is written every minute: into a pooled buffer, not a new array.
        var size = SignificanceSketchSerializer.SizeOf(sketch);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        ETag etag;
        try
        {
            SignificanceSketchSerializer.WriteTo(sketch, buffer);
            etag = await blobs.WriteAsync(
                SketchBlob(partition),
                BinaryData.FromBytes(buffer.AsMemory(0, size)),
                new Dictionary<string, string> { [CountedThroughKey] = countedThrough.UtcTicks.ToString(CultureInfo.InvariantCulture) },
                expected,
                cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        lock (_gate)
        {
            _sketches[partition] = new PartitionSketch(sketch, countedThrough, etag);
        }

        return etag;
    }

    /// <summary>Drops the held state (a run changed it and did not write it all); the next load reads every blob.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _clusterer = null;
            _sketches.Clear();
        }
    }

    // A listing gives ETags bare (0x8D…), response headers quoted ("0x8D…"): the same version either way.
    private static bool Same(ETag? held, ETag listed) =>
        held is { } etag && etag.ToString().Trim('"') == listed.ToString().Trim('"');

    private async Task<(StoryClustererState State, ETag ETag)?> ReadClustererAsync(CancellationToken cancellationToken)
    {
        if (await blobs.ReadAsync(ClustererBlob, cancellationToken) is not { } blob)
        {
            return null;
        }

        var state = JsonSerializer.Deserialize(blob.Content.ToMemory().Span, NewsjackJsonContext.Default.StoryClustererState)
            ?? throw new InvalidDataException($"State blob '{ClustererBlob}' holds JSON null, not a clusterer state.");
        return (state, blob.ETag);
    }

    private PartitionSketch Restore(StateBlob blob, TrendOptions trendOptions)
    {
        var restored = SignificanceSketchSerializer.Read(blob.Content.ToStream());
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
