using System.Text.Json.Serialization;
using Newsjack.Functions.Operations;

namespace Newsjack.Functions.Http;

/// <summary>Source-generated JSON for the function app's own response shapes (camelCase, like the contracts).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HealthResponse))]
internal sealed partial class FunctionsJsonContext : JsonSerializerContext;
