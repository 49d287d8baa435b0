namespace Newsjack.Azure.Approvals;

/// <summary>
/// One request to a card page as either host sees it: the card id from the path, the fields (query string for GET,
/// form for POST), request headers (identity), the anti-forgery cookie, and who is calling from where.
/// </summary>
public sealed record CardPageRequest(
    string CardId,
    Func<string, string?> Field,
    Func<string, string?> Header,
    string? AntiForgeryCookie,
    string? ClientAddress,
    string? UserAgent,
    bool IsHttps);
