namespace Newsjack.Core.Buzz;

/// <summary>A valid post new to its batch, with its content key and UTC hour bucket (`yyyyMMddHH`).</summary>
public sealed record AcceptedBuzzPost(int Index, BuzzPost Post, string ContentKey, string Hour);
