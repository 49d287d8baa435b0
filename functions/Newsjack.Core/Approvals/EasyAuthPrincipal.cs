using System.Text.Json;

namespace Newsjack.Core.Approvals;

/// <summary>
/// Reads App Service Authentication's headers: <c>X-MS-CLIENT-PRINCIPAL-NAME</c> (the signed-in name) and
/// <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON: <c>auth_typ</c>, <c>name_typ</c>, <c>claims[{typ, val}]</c>).
/// The e-mail address comes from the claims (name claim, preferred_username, email, upn); when both headers are
/// sent they must agree, so a broken or mixed-up proxy never decides as the wrong person.
/// </summary>
public static class EasyAuthPrincipal
{
    private const int MaxHeaderLength = 16 * 1024;

    private static readonly string[] EmailClaims =
    [
        "preferred_username",
        "email",
        "emails",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
    ];

    public static ApproverIdentityResult Read(string? principalName, string? principal)
    {
        var name = principalName?.Trim();
        if (string.IsNullOrEmpty(principal))
        {
            return IsEmail(name)
                ? ApproverIdentityResult.Known(new Approver(name!, name!, "easy-auth"))
                : ApproverIdentityResult.Unknown("not signed in: App Service Authentication sent no principal");
        }

        if (principal.Length > MaxHeaderLength)
        {
            return ApproverIdentityResult.Unknown($"{ApproverIdentityResolver.PrincipalHeader} is over {MaxHeaderLength} characters");
        }

        var claims = Claims(principal, out var nameType);
        if (claims is null)
        {
            return ApproverIdentityResult.Unknown($"{ApproverIdentityResolver.PrincipalHeader} is not base64-encoded JSON with claims");
        }

        var email = (nameType is null ? null : First(claims, nameType, IsEmail))
            ?? EmailClaims.Select(type => First(claims, type, IsEmail)).FirstOrDefault(v => v is not null);
        if (email is null)
        {
            return ApproverIdentityResult.Unknown("the signed-in principal has no e-mail address claim (preferred_username, email or upn)");
        }

        if (!string.IsNullOrEmpty(name) && !claims.Any(c => string.Equals(c.Value, name, StringComparison.OrdinalIgnoreCase)))
        {
            return ApproverIdentityResult.Unknown($"{ApproverIdentityResolver.PrincipalNameHeader} does not match the principal's claims");
        }

        var display = First(claims, "name", _ => true) ?? email;
        return ApproverIdentityResult.Known(new Approver(email, display, "easy-auth"));
    }

    private static List<KeyValuePair<string, string>>? Claims(string principal, out string? nameType)
    {
        nameType = null;
        try
        {
            var bytes = Convert.FromBase64String(principal.Trim());
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            if (root.TryGetProperty("name_typ", out var type) && type.ValueKind == JsonValueKind.String)
            {
                nameType = type.GetString();
            }

            var list = new List<KeyValuePair<string, string>>();
            foreach (var claim in claims.EnumerateArray())
            {
                if (claim.ValueKind == JsonValueKind.Object && Text(claim, "typ") is { } typ && Text(claim, "val") is { } val)
                {
                    list.Add(new(typ, val.Trim()));
                }
            }

            return list;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? First(List<KeyValuePair<string, string>> claims, string type, Func<string, bool> accept) =>
        claims.Where(c => string.Equals(c.Key, type, StringComparison.OrdinalIgnoreCase) && accept(c.Value)).Select(c => c.Value).FirstOrDefault();

    private static bool IsEmail(string? value) =>
        value is { Length: > 2 and <= 254 } v && v.IndexOf('@', StringComparison.Ordinal) is > 0 && v[^1] != '@' && !v.Any(char.IsWhiteSpace);
}
