namespace Newsjack.Core.Cards.Drafts;

/// <summary>One draft post for one platform, within its length limit; <see cref="Source"/> says who wrote it (template or model).</summary>
public sealed record DraftPost(DraftPlatform Platform, string Text, string Source = "template")
{
    /// <summary>Length as the platforms count it: text elements, so an emoji is one.</summary>
    public int Length => new System.Globalization.StringInfo(Text).LengthInTextElements;
}
