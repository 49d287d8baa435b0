namespace Newsjack.Core.Cards.Drafts;

/// <summary>Where a draft is meant to be posted, with that platform's length limit in characters.</summary>
public sealed record DraftPlatform(string Id, string Name, int MaxLength)
{
    public static DraftPlatform X { get; } = new("x", "X", 280);
    public static DraftPlatform Instagram { get; } = new("instagram", "Instagram", 2200);
    public static DraftPlatform LinkedIn { get; } = new("linkedin", "LinkedIn", 3000);

    public static IReadOnlyList<DraftPlatform> All { get; } = [X, Instagram, LinkedIn];
}
