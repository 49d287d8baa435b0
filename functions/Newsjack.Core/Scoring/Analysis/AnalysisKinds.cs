using System.Text.Json.Serialization;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>What to learn about a text. Each kind is billed separately by a remote provider, so ask only for what is used.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<AnalysisKinds>))]
public enum AnalysisKinds
{
    None = 0,
    Sentiment = 1,
    Entities = 2,
    PiiEntities = 4,
    Language = 8,
}
