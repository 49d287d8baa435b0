using Azure.Data.Tables;
using Newsjack.Core.Buzz;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// What is stored per post: what clustering, trend and scoring need (text, platform, time, engagement,
/// author reach, language, link) plus provenance. Text beyond <see cref="StoredTextChars"/> is cut (flagged),
/// so a post row stays under ~10 KB whatever the producer sends.
/// </summary>
public static class BuzzPostEntities
{
    public const int StoredTextChars = 4000;

    public static TableEntity Post(AcceptedBuzzPost accepted, string transportKey, DateTimeOffset receivedAt)
    {
        var post = accepted.Post;
        return new TableEntity(accepted.Hour, BuzzRowKeys.Post(accepted.ContentKey))
        {
            ["Platform"] = post.Platform,
            ["PostId"] = post.Id,
            ["Text"] = post.Text.Length > StoredTextChars ? post.Text[..StoredTextChars] : post.Text,
            ["TextTruncated"] = post.Text.Length > StoredTextChars,
            ["CreatedAt"] = post.CreatedAt,
            ["Author"] = post.Author,
            ["AuthorFollowers"] = post.AuthorFollowers,
            ["Likes"] = post.Likes,
            ["Shares"] = post.Shares,
            ["Replies"] = post.Replies,
            ["Lang"] = post.Lang,
            ["Url"] = post.Url,
            ["Source"] = transportKey,
            ["ReceivedAt"] = receivedAt,
        };
    }

    /// <summary>
    /// One chunk's share of an hour's counts from one source (Event Hub partition, or `http`): `{platform}Posts/
    /// Likes/Shares/Replies` columns in a row of its own, keyed by the chunk's first post. Written once, never
    /// updated, so writers never contend; readers sum the hour's `a|` rows.
    /// </summary>
    public static TableEntity Aggregate(string hour, string source, string firstContentKey, IEnumerable<BuzzHourlyIncrement> increments)
    {
        ArgumentNullException.ThrowIfNull(increments);
        var row = new TableEntity(hour, BuzzRowKeys.Aggregate(source, firstContentKey)) { ["Source"] = source };
        foreach (var increment in increments)
        {
            Add(row, increment.Platform + "Posts", increment.Posts);
            Add(row, increment.Platform + "Likes", increment.Likes);
            Add(row, increment.Platform + "Shares", increment.Shares);
            Add(row, increment.Platform + "Replies", increment.Replies);
        }

        return row;
    }

    private static void Add(TableEntity row, string column, long amount) =>
        row[column] = (row.GetInt64(column) ?? 0) + amount;
}
