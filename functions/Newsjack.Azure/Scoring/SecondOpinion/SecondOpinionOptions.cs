using System.ComponentModel.DataAnnotations;

namespace Newsjack.Azure.Scoring.SecondOpinion;

/// <summary>
/// The optional chat-model second opinion (section <c>SecondOpinion</c>), off by default: an Azure OpenAI chat
/// deployment asked a fixed rubric for topics about to be suggested. Without <see cref="Key"/> the app's managed
/// identity is used. The key is a secret: never logged.
/// </summary>
public sealed class SecondOpinionOptions : IValidatableObject
{
    public const string SectionName = "SecondOpinion";

    public bool Enabled { get; set; }

    /// <summary>https://&lt;resource&gt;.openai.azure.com (plain http only to a loopback test server).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The chat model deployment's name, e.g. gpt-4o-mini.</summary>
    public string? Deployment { get; set; }

    public string? Key { get; set; }

    /// <summary>How long one answer may take; after that the topic is scored without it.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Endpoint is not { IsAbsoluteUri: true } e || !(e.Scheme == Uri.UriSchemeHttps || (e.Scheme == Uri.UriSchemeHttp && e.IsLoopback)))
        {
            yield return new ValidationResult("SecondOpinion:Endpoint must be an https URI such as https://<resource>.openai.azure.com.", [nameof(Endpoint)]);
        }
        else if (e.Scheme == Uri.UriSchemeHttp && string.IsNullOrEmpty(Key))
        {
            yield return new ValidationResult("SecondOpinion:Endpoint over http needs SecondOpinion:Key; managed identity tokens are only sent over https.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult("SecondOpinion:Deployment must name the chat model deployment.", [nameof(Deployment)]);
        }
    }
}
