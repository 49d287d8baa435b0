namespace Newsjack.Core.Text;

/// <summary>One text of a topic (a news item's title and summary, or a post) with its id for evidence.</summary>
public sealed record SubjectText(string Id, string Text);
