using System.Text.RegularExpressions;
using Newsjack.Azure.Storage;

namespace Newsjack.Integration.Tests.Storage;

/// <summary>Every table, queue and container the app uses is named in StorageNames, and every name is one Azure Storage accepts.</summary>
public sealed partial class StorageNamesTests
{
    private static readonly StorageNames Names = new("nj");

    private static readonly string[] Tables =
        [Names.FeedHealth, Names.NewsItems, Names.NewsIndex, Names.BuzzPosts, Names.BuzzDeadLetters, Names.LanguageCache, Names.EmbeddingCache,
         Names.Topics, Names.Cards, Names.Audit, Names.Decisions, Names.ScoredTopics, Names.TeamsBudget];

    private static readonly string[] Queues =
        [Names.FeedPolls, Names.ScoreTopics, Names.Suggestions, Names.Publish, StorageNames.Poison(Names.Suggestions), StorageNames.Poison(Names.Publish)];

    [Fact]
    public void Table_names_are_letters_and_digits_starting_with_a_letter_and_all_differ()
    {
        Assert.All(Tables, t => Assert.Matches(TableName(), t));
        Assert.Equal(Tables.Length, Tables.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Queue_and_container_names_are_lower_case_with_single_dashes_and_all_differ()
    {
        string[] names = [.. Queues, Names.State];
        Assert.All(names, n => Assert.Matches(QueueName(), n));
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
    }

    // Azure Storage rules: tables ^[A-Za-z][A-Za-z0-9]{2,62}$; queues and containers 3-63 of [a-z0-9-], no leading, trailing or double dash.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex QueueName();
}
