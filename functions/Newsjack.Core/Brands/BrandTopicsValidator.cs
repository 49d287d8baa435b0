namespace Newsjack.Core.Brands;

/// <summary>`topics`: at least one, each a non-empty phrase with a weight in (0, 1] (default 1).</summary>
internal static class BrandTopicsValidator
{
    public static IReadOnlyList<BrandTopic> Validate(IReadOnlyList<Json.BrandTopicJson?>? topics, Action<string, string> error)
    {
        if (topics is null || topics.Count == 0)
        {
            error("topics", "required: at least one { \"phrase\": \"…\", \"weight\": 0.5 }");
            return [];
        }

        var result = new List<BrandTopic>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < topics.Count; i++)
        {
            var phrase = topics[i]?.Phrase?.Trim();
            var weight = topics[i]?.Weight ?? BrandDefaults.TopicWeight;
            if (string.IsNullOrEmpty(phrase))
            {
                error($"topics[{i}].phrase", "required and must not be empty");
                continue;
            }

            if (weight is <= 0 or > 1 || double.IsNaN(weight))
            {
                error($"topics[{i}].weight", $"{weight} is outside (0, 1]");
            }

            if (!seen.Add(phrase))
            {
                error($"topics[{i}].phrase", $"'{phrase}' is listed twice");
            }

            result.Add(new BrandTopic(phrase, weight));
        }

        return result;
    }
}
