using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;

namespace Newsjack.Core.Approvals.Pages;

/// <summary>
/// The frame of every approval and report page: one inline style sheet allowed by its hash, no script at all, and
/// headers that keep the signed link to ourselves (no Referer to source sites, no caching, no framing).
/// </summary>
public static class PageLayout
{
    private const string Css = """
        body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f5f5f7;color:#1b1b1f}
        main{max-width:760px;margin:0 auto;padding:24px 16px 48px}
        h1{font-size:1.45rem;margin:.2em 0 .4em}h2{font-size:1.05rem;margin:1.4em 0 .4em}
        .box{background:#fff;border:1px solid #ddd;border-radius:8px;padding:14px 16px;margin:12px 0}
        .review{background:#fff4e5;border-color:#f0a020;font-weight:600}
        .ok{background:#e9f7ef;border-color:#3c9a5f}.bad{background:#fdecec;border-color:#c0392b}
        .muted{color:#5a5a66;font-size:.9rem}.state{font-weight:600}
        .tier-floor,.tier-high{color:#b00020}.tier-medium{color:#a05a00}.tier-low,.tier-none{color:#2d6a3e}
        textarea{width:100%;box-sizing:border-box;font:inherit;min-height:5.5em;padding:6px}
        label{display:block;margin:.5em 0 .2em}select,input[type=text]{font:inherit;padding:4px;width:100%;box-sizing:border-box}
        button{font:inherit;font-weight:600;padding:8px 18px;border-radius:6px;border:1px solid #444;cursor:pointer;margin-top:12px}
        .approve{background:#1f7a3d;color:#fff;border-color:#1f7a3d}.reject{background:#a4262c;color:#fff;border-color:#a4262c}
        table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top}
        svg text{font-size:11px;fill:#333}
        """;

    /// <summary><c>Content-Security-Policy</c>: nothing but our own style sheet; forms post only to us.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'; " +
        "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IReadOnlyList<KeyValuePair<string, string>> SecurityHeaders { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "no-referrer"),
        new("X-Frame-Options", "DENY"),
        new("Cache-Control", "no-store"),
    ];

    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>
    /// The Newsjack icon (a green N), inline so no page needs a route for it and the browser never asks
    /// <c>/favicon.ico</c> (a 404 in the console otherwise); <c>img-src data:</c> allows it.
    /// </summary>
    public const string IconLink = "<link rel=\"icon\" type=\"image/svg+xml\" href=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAzMiAzMiI+PHJlY3Qgd2lkdGg9IjMyIiBoZWlnaHQ9IjMyIiByeD0iNyIgZmlsbD0iIzFmN2EzZCIvPjxwYXRoIGQ9Ik05IDI0VjhoM2w4IDExVjhoM3YxNmgtM2wtOC0xMXYxMXoiIGZpbGw9IiNmZmYiLz48L3N2Zz4=\">";

    /// <summary>A whole page; <paramref name="bodyHtml"/> is already HTML, <paramref name="title"/> is text and escaped here.</summary>
    public static string Page(string title, string bodyHtml) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        $"<meta name=\"referrer\" content=\"no-referrer\"><title>{E(title)} · Newsjack</title>{IconLink}<style>{Css}</style></head>" +
        $"<body><main>{bodyHtml}</main></body></html>\n";

    /// <summary>HTML-escapes text for element content and quoted attributes.</summary>
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");
}
