using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Newsjack.Core.Cards.Links;

/// <summary>
/// Signing keys and lifetimes of card links (section `CardLinks`, settings `CardLinks__CurrentKey` etc.). Two keys so
/// they rotate without breaking live cards: new links use the current key; links signed with the previous key still
/// verify until it is removed. Keys are secrets (Key Vault references in Azure): at least 32 random bytes, Base64.
/// </summary>
public sealed partial class CardLinkOptions : IValidatableObject
{
    public const string SectionName = "CardLinks";
    public const int MinKeyBytes = 32;

    /// <summary>Absolute base URL of the host that serves the card pages, e.g. `https://app.azurewebsites.net/`.</summary>
    public string? BaseUrl { get; set; }

    public string CurrentKeyId { get; set; } = "k1";

    /// <summary>Base64 of at least 32 random bytes. Unset: links cannot be signed (checked at start when brands are scored).</summary>
    public string? CurrentKey { get; set; }

    public string? PreviousKeyId { get; set; }

    public string? PreviousKey { get; set; }

    /// <summary>Link lifetime when the topic's window end is unknown or already past.</summary>
    [Range(1, 24, ErrorMessage = "CardLinks:DefaultLifetimeHours must be 1..24.")]
    public double DefaultLifetimeHours { get; set; } = 6;

    /// <summary>No link lives longer than this, however long the topic's window.</summary>
    [Range(1, 24, ErrorMessage = "CardLinks:MaxLifetimeHours must be 1..24.")]
    public double MaxLifetimeHours { get; set; } = 24;

    /// <summary>Shortest lifetime: an approver needs time to read the card, even when the window is about to close.</summary>
    [Range(0.1, 24, ErrorMessage = "CardLinks:MinLifetimeHours must be 0.1..24.")]
    public double MinLifetimeHours { get; set; } = 1;

    public bool HasKey => !string.IsNullOrWhiteSpace(CurrentKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { Length: > 0 } && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult($"CardLinks:BaseUrl must be an absolute http(s) URL; got '{BaseUrl}'.", [nameof(BaseUrl)]);
        }

        foreach (var error in KeyErrors("Current", CurrentKeyId, CurrentKey)
            .Concat(KeyErrors("Previous", PreviousKeyId, PreviousKey)))
        {
            yield return error;
        }

        if (!string.IsNullOrWhiteSpace(PreviousKey) && !HasKey)
        {
            yield return new ValidationResult("CardLinks:PreviousKey is set but CardLinks:CurrentKey is not.", [nameof(CurrentKey)]);
        }

        if (!string.IsNullOrWhiteSpace(PreviousKey) && string.Equals(PreviousKeyId, CurrentKeyId, StringComparison.Ordinal))
        {
            yield return new ValidationResult("CardLinks:PreviousKeyId must differ from CardLinks:CurrentKeyId.", [nameof(PreviousKeyId)]);
        }

        if (DefaultLifetimeHours > MaxLifetimeHours || MinLifetimeHours > DefaultLifetimeHours)
        {
            yield return new ValidationResult("CardLinks lifetimes must satisfy MinLifetimeHours <= DefaultLifetimeHours <= MaxLifetimeHours.", [nameof(DefaultLifetimeHours)]);
        }
    }

    /// <summary>The key bytes; null when the setting is empty. Validation has already rejected bad Base64.</summary>
    internal static byte[]? Decode(string? key) => string.IsNullOrWhiteSpace(key) ? null : Convert.FromBase64String(key.Trim());

    private static IEnumerable<ValidationResult> KeyErrors(string which, string? id, string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            yield break;
        }

        if (id is null || !KeyIdPattern().IsMatch(id))
        {
            yield return new ValidationResult($"CardLinks:{which}KeyId must be 1-16 letters, digits or dashes.", [which + "KeyId"]);
        }

        var bytes = new byte[key.Length];
        if (!Convert.TryFromBase64String(key.Trim(), bytes, out var length))
        {
            yield return new ValidationResult($"CardLinks:{which}Key is not valid Base64.", [which + "Key"]);
        }
        else if (length < MinKeyBytes)
        {
            yield return new ValidationResult($"CardLinks:{which}Key must hold at least {MinKeyBytes} bytes; it holds {length}.", [which + "Key"]);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,16}$")]
    internal static partial Regex KeyIdPattern();
}
