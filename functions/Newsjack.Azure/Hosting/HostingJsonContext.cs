using System.Text.Json.Serialization;

namespace Newsjack.Azure.Hosting;

/// <summary>
/// The hosts' own response bodies (camelCase, like the contracts; indented, as people read them with curl).
/// Apart from NewsjackJsonContext because these types live in Azure, which Core cannot see.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(ProblemResponse))]
public sealed partial class HostingJsonContext : JsonSerializerContext;
