namespace Newsjack.Cli.Latency;

/// <summary>One post of a synthetic burst, in the BuzzPost shape `POST /api/buzz` takes.</summary>
public sealed record BurstPost(string Id, string Platform, string Text, string CreatedAt, string Author, int AuthorFollowers, int Likes, int Shares, int Replies, string Lang = "en");
