namespace Newsjack.Core.Topics;

/// <summary>
/// Joining a story by meaning: one story told in other words ("Gunman kills 19 at Uvalde school" / "Texas town
/// mourns children lost in classroom attack") shares few words but reads alike and names the same places and people.
/// An item joins the story whose mean embedding is closest, at or above the threshold, when it shares a name with
/// it and the names it shares weigh (by idf) at least as much as the names it brings that the story lacks: a second
/// storm or shooting in the same state reads alike and shares the state, but its own name (Nicole, not Ian;
/// Highland Park, not Uvalde) outweighs it.
/// </summary>
internal static class StoryMeaning
{
    public static double Cosine(float[] vector, float[]? sum)
    {
        if (sum is null || sum.Length != vector.Length)
        {
            return 0;
        }

        double dot = 0, norm = 0;
        for (var i = 0; i < sum.Length; i++)
        {
            dot += vector[i] * (double)sum[i];
            norm += sum[i] * (double)sum[i];
        }

        return norm == 0 ? 0 : dot / Math.Sqrt(norm);
    }

    public static bool NamesAgree(IReadOnlySet<string> names, StoryCluster story, DocumentFrequencies frequencies)
    {
        double shared = 0, missing = 0;
        foreach (var name in names)
        {
            if (story.Names.ContainsKey(name))
            {
                shared += frequencies.Idf(name);
            }
            else
            {
                missing += frequencies.Idf(name);
            }
        }

        return shared > 0 && shared >= missing;
    }

    public static void Add(StoryCluster story, float[]? vector, IReadOnlySet<string> names, int keep)
    {
        if (vector is not null)
        {
            story.Meaning ??= new float[vector.Length];
            if (story.Meaning.Length == vector.Length)
            {
                for (var i = 0; i < vector.Length; i++)
                {
                    story.Meaning[i] += vector[i];
                }
            }
        }

        foreach (var name in names)
        {
            story.Names[name] = story.Names.GetValueOrDefault(name) + 1;
        }

        if (story.Names.Count > keep)
        {
            foreach (var weak in story.Names.OrderBy(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(story.Names.Count - keep).ToList())
            {
                story.Names.Remove(weak.Key);
            }
        }
    }
}
