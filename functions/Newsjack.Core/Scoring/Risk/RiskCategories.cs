namespace Newsjack.Core.Scoring.Risk;

/// <summary>The twelve category ids of the contract, after the GARM brand-safety framework.</summary>
public static class RiskCategories
{
    public const string AdultExplicit = "adult_explicit";
    public const string ArmsAmmunition = "arms_ammunition";
    public const string CrimeHarmfulActs = "crime_harmful_acts";
    public const string DeathInjuryConflict = "death_injury_conflict";
    public const string OnlinePiracy = "online_piracy";
    public const string HateSpeechAggression = "hate_speech_aggression";
    public const string ObscenityProfanity = "obscenity_profanity";
    public const string DrugsTobaccoAlcohol = "drugs_tobacco_alcohol";
    public const string SpamHarmful = "spam_harmful";
    public const string Terrorism = "terrorism";
    public const string SensitiveSocialIssues = "sensitive_social_issues";
    public const string Misinformation = "misinformation";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        AdultExplicit, ArmsAmmunition, CrimeHarmfulActs, DeathInjuryConflict, OnlinePiracy, HateSpeechAggression,
        ObscenityProfanity, DrugsTobaccoAlcohol, SpamHarmful, Terrorism, SensitiveSocialIssues, Misinformation,
    };
}
