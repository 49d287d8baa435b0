using System.Text.Json.Serialization;

namespace Newsjack.Core.Topics;

/// <summary>Whether a topic was seeded by news items or by a hashtag trending in social posts with no news yet.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TopicOrigin>))]
public enum TopicOrigin
{
    [JsonStringEnumMemberName("news")]
    News,

    [JsonStringEnumMemberName("social")]
    Social,
}
