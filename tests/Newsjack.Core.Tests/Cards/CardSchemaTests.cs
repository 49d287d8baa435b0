namespace Newsjack.Core.Tests.Cards;

/// <summary>The check the card tests rely on must itself refuse what Teams would refuse.</summary>
public sealed class CardSchemaTests
{
    private static string Envelope(string card) =>
        $$"""{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{{card}}}]}""";

    [Fact]
    public void Valid_1_4_card_passes() =>
        Assert.Empty(CardSchema.Problems(Envelope("""{"type":"AdaptiveCard","version":"1.4","body":[{"type":"TextBlock","text":"hi"}],"msteams":{"width":"Full"}}""")));

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.4","body":[{"type":"Blink","text":"hi"}]}""", "#/body[0]: ArrayItemNotValid")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.4","body":[{"type":"TextBlock","text":"hi","color":"Purple"}]}""", "#/body[0]: ArrayItemNotValid")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.4","actions":[{"type":"Action.OpenUrl","title":"x"}]}""", "#/actions[0]: ArrayItemNotValid")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[]}""", "version is 1.5, not 1.4")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.4","body":[{"type":"Table","columns":[],"rows":[]}]}""", "element Table is not a 1.4 element")]
    public void Invalid_card_is_refused_with_its_path(string card, string problem) =>
        Assert.Contains(problem, CardSchema.Problems(Envelope(card)));
}
