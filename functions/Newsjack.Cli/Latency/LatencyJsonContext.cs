using System.Text.Json.Serialization;

namespace Newsjack.Cli.Latency;

/// <summary>Burst posts as `POST /api/buzz` takes them and `newsjack latency --format json` (camelCase).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BurstPost))]
[JsonSerializable(typeof(LatencyReport))]
public sealed partial class LatencyJsonContext : JsonSerializerContext;
