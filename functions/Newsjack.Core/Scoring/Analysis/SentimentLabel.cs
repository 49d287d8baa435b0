using System.Text.Json.Serialization;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>Overall mood of a document; <see cref="Mixed"/> when it has both positive and negative sentences.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SentimentLabel>))]
public enum SentimentLabel
{
    Neutral,
    Positive,
    Negative,
    Mixed,
}
