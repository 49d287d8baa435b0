namespace Newsjack.Azure.Storage;

/// <summary>
/// Every table, queue and container name in one place, each under the configured prefix.
/// Tables: letters and digits only. Queues and containers: lower-case, digits and dashes.
/// </summary>
public sealed class StorageNames(string prefix)
{
    /// <summary>Queue names before the prefix: queue handlers name their queue by these, and each function's `%…_QUEUE%` setting holds the prefixed one.</summary>
    public const string FeedPollsQueue = "feed-polls";
    public const string ScoreTopicsQueue = "score-topics";
    public const string SuggestionsQueue = "suggestions";
    public const string PublishQueue = "publish";

    public string Prefix { get; } = prefix;

    public string FeedHealth => Table("feedhealth");
    public string NewsItems => Table("newsitems");
    public string NewsIndex => Table("newsindex");
    public string BuzzPosts => Table("buzzposts");
    public string BuzzDeadLetters => Table("buzzdeadletters");
    public string LanguageCache => Table("languagecache");
    public string EmbeddingCache => Table("embeddingcache");
    public string Topics => Table("topics");
    public string Cards => Table("cards");
    public string Audit => Table("audit");
    public string Decisions => Table("decisions");
    public string ScoredTopics => Table("scored");
    public string TeamsBudget => Table("teamsbudget");

    public string FeedPolls => Queue(FeedPollsQueue);
    public string ScoreTopics => Queue(ScoreTopicsQueue);
    public string Suggestions => Queue(SuggestionsQueue);
    public string Publish => Queue(PublishQueue);

    /// <summary>Where a queue's messages go after the last failed attempt (the Functions host's convention).</summary>
    public static string Poison(string queue) => queue + "-poison";

    public string State => Container("state");

    public string Table(string name) => Prefix + name;

    public string Queue(string name) => $"{Prefix}-{name}";

    public string Container(string name) => $"{Prefix}-{name}";
}
