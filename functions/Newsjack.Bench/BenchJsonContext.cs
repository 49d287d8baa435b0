using System.Text.Json.Serialization;

namespace Newsjack.Bench;

/// <summary>`newsjack bench --format json`: one line, camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TrendThroughputReport))]
public sealed partial class BenchJsonContext : JsonSerializerContext;
