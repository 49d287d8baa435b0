namespace Newsjack.Core.Approvals.Pages;

/// <summary>One draft to choose from: the platform's name, its length limit, and the text.</summary>
public sealed record CardViewDraft(string Platform, int MaxLength, string Text, IReadOnlyList<string> Hashtags);
