using System.ComponentModel.DataAnnotations;

namespace Newsjack.Azure.Cards;

/// <summary>
/// Optional drafting by a chat model (section <c>Drafting</c>), off by default. It uses the chat deployment the
/// <c>SecondOpinion</c> section names (endpoint, deployment, key): one Azure OpenAI connection for both uses.
/// </summary>
public sealed class DraftingOptions
{
    public const string SectionName = "Drafting";

    public bool Enabled { get; set; }

    /// <summary>How long one answer may take; after that the card goes out with template drafts.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;
}
