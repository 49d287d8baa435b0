using System.ComponentModel.DataAnnotations;

namespace Newsjack.Azure.Storage;

/// <summary>
/// Where Table, Queue and Blob storage live. Locally: a connection string (Azurite). In Azure: the account
/// name, reached with the app's managed identity, so no key is ever configured.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>Connection string (Azurite locally). Takes precedence over <see cref="AccountName"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Storage account name, used with DefaultAzureCredential (managed identity) when no connection string is set.</summary>
    public string? AccountName { get; set; }

    /// <summary>Prefix for every table, queue and container name, so tests and demos can share one Azurite.</summary>
    [RegularExpression("^[a-z][a-z0-9]{0,15}$", ErrorMessage = "Storage:Prefix must be 1-16 lower-case letters or digits, starting with a letter.")]
    public string Prefix { get; set; } = "nj";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && string.IsNullOrWhiteSpace(AccountName))
        {
            yield return new ValidationResult(
                "Set Storage:ConnectionString (local, Azurite) or Storage:AccountName (Azure, managed identity).",
                [nameof(ConnectionString), nameof(AccountName)]);
        }
    }
}
