using System.Text.Json.Serialization;

namespace Newsjack.Azure.Scoring.Language.Wire;

/// <summary>
/// The service's own JSON (not a Newsjack contract, so not in NewsjackJsonContext). Unknown members, which newer
/// api-versions add, are ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AnalyzeTextRequest))]
[JsonSerializable(typeof(AnalyzeTextResponse))]
[JsonSerializable(typeof(WireErrorResponse))]
internal sealed partial class LanguageJsonContext : JsonSerializerContext;
