using System.ComponentModel.DataAnnotations;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>
/// Azure AI Language (analyze-text REST). Off by default: the local lexicon analyzer runs unless
/// <see cref="Enabled"/> is set. With no <see cref="Key"/> the app's managed identity (DefaultAzureCredential) is
/// used, which needs the resource's custom-subdomain endpoint. The key is a secret: never logged.
/// </summary>
public sealed class LanguageOptions : IValidatableObject
{
    public const string SectionName = "Language";

    public bool Enabled { get; set; }

    /// <summary>https://&lt;resource&gt;.cognitiveservices.azure.com (plain http only to a loopback test server).</summary>
    public Uri? Endpoint { get; set; }

    public string? Key { get; set; }

    [RegularExpression(@"^\d{4}-\d{2}-\d{2}(-preview)?$", ErrorMessage = "Language:ApiVersion must look like 2026-05-01.")]
    public string ApiVersion { get; set; } = "2026-05-01";

    public string ModelVersion { get; set; } = "latest";

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    [Range(1, 300)]
    public int NetworkTimeoutSeconds { get; set; } = 30;

    /// <summary>Texts are cut (on a word) to this many characters: 1,000 keeps every document at one text record.</summary>
    [Range(1, 5120)]
    public int MaxCharactersPerDocument { get; set; } = 1000;

    /// <summary>Text records that may be billed per window, all kinds together; beyond it documents are not sent.</summary>
    [Range(0, 1_000_000)]
    public int MaxTextRecordsPerWindow { get; set; } = 200;

    [Range(1, 44640)]
    public int BudgetWindowMinutes { get; set; } = 60;

    /// <summary>How long to stop calling after 401/403 (bad key, missing role, F0 quota spent).</summary>
    [Range(1, 10080)]
    public int CircuitBreakMinutes { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Endpoint is not { IsAbsoluteUri: true } e || !(e.Scheme == Uri.UriSchemeHttps || (e.Scheme == Uri.UriSchemeHttp && e.IsLoopback)))
        {
            yield return new ValidationResult(
                "Language:Endpoint must be an https URI such as https://<resource>.cognitiveservices.azure.com.", [nameof(Endpoint)]);
        }
        else if (e.Scheme == Uri.UriSchemeHttp && string.IsNullOrEmpty(Key))
        {
            yield return new ValidationResult(
                "Language:Endpoint over http needs Language:Key; managed identity tokens are only sent over https.", [nameof(Endpoint)]);
        }
    }
}
