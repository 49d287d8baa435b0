using System.Text.Json.Serialization;

namespace Newsjack.Cli.LocalHost;

/// <summary>Source-generated JSON for the local host's own endpoints (camelCase, like the contracts).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class LocalHostJsonContext : JsonSerializerContext;
