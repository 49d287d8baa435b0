using System.Text.Json.Serialization;

namespace Newsjack.Core.Scoring.Risk.Json;

/// <summary>
/// The risk stage's own data files (lexicons, calendar, sentiment words, rivalry, the risk-meaning classifier), read only here. Kept out of
/// NewsjackJsonContext, which lists the payloads of every stage: Risk reading through it would import all of them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LexiconFileJson))]
[JsonSerializable(typeof(SensitiveDatesJson))]
[JsonSerializable(typeof(SentimentWordsJson))]
[JsonSerializable(typeof(RivalryJson))]
[JsonSerializable(typeof(RiskMeaningJson))]
internal sealed partial class RiskDataJsonContext : JsonSerializerContext;
