namespace Newsjack.Core.Buzz;

/// <summary>Either a valid <see cref="Post"/> or the <see cref="Error"/> naming what was wrong.</summary>
public readonly record struct BuzzReadResult(BuzzPost? Post, string? Error)
{
    public bool Ok => Post is not null;

    public static BuzzReadResult Valid(BuzzPost post) => new(post, null);

    public static BuzzReadResult Invalid(string error) => new(null, error);
}
