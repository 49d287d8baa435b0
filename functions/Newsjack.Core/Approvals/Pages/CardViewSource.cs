namespace Newsjack.Core.Approvals.Pages;

/// <summary>A source link; <see cref="Url"/> is shown as a link only when it is absolute http(s).</summary>
public sealed record CardViewSource(string Title, string? Url);
