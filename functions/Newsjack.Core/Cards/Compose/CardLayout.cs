namespace Newsjack.Core.Cards.Compose;

/// <summary>
/// How much optional content a card carries. The composer starts with the first of <see cref="Steps"/> and steps down until the
/// envelope fits: sources and quotes first, then draft variants and draft length. The risk panel is never cut.
/// </summary>
internal sealed record CardLayout(int Sources, int SourceTitleLength, int Drafts, int DraftLength, int HeadlineLength, int Explanations)
{
    public static IReadOnlyList<CardLayout> Steps { get; } =
    [
        new(5, 160, 3, 3000, 300, 4),
        new(3, 120, 3, 1200, 200, 3),
        new(3, 100, 2, 600, 160, 2),
        new(1, 80, 1, 280, 120, 1),
        new(0, 0, 1, 280, 0, 0),
    ];
}
