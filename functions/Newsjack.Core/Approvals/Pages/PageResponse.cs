namespace Newsjack.Core.Approvals.Pages;

/// <summary>
/// An HTML page for either host to write: status and body, with <see cref="PageLayout.SecurityHeaders"/> on every
/// page, plus a <c>Set-Cookie</c> value when the page issues an anti-forgery cookie.
/// </summary>
public sealed record PageResponse(int Status, string Html, string? SetCookie = null);
