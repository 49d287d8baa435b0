using System.Text.RegularExpressions;
using Newsjack.Core.Brands.Json;

namespace Newsjack.Core.Brands;

/// <summary>Checks a brand file field by field, collects every problem, and fills in the defaults.</summary>
internal static partial class BrandProfileValidator
{
    public static BrandProfile? Validate(BrandProfileJson json, string file, List<BrandValidationError> errors)
    {
        void Error(string field, string problem) => errors.Add(new BrandValidationError(file, field, problem));

        var id = json.Id?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            Error("id", "required; a short slug such as \"lumen-hair\"");
        }
        else if (!IdPattern().IsMatch(id))
        {
            Error("id", $"'{id}' must be lower-case letters, digits and '-', starting with a letter or digit (at most 64)");
        }

        if (string.IsNullOrWhiteSpace(json.Name))
        {
            Error("name", "required and must not be empty");
        }

        var topics = BrandTopicsValidator.Validate(json.Topics, Error);
        var tolerance = ParseTolerance(json.RiskTolerance, Error);
        var threshold = json.RelevanceThreshold ?? BrandDefaults.RelevanceThreshold;
        if (threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            Error("relevanceThreshold", $"{threshold} is outside [0, 1]");
        }

        var voice = BrandVoiceValidator.Validate(json.Voice, Error);
        var competitors = NonEmpty(json.Competitors, "competitors", Error);
        var avoid = NonEmpty(json.Avoid, "avoid", Error);
        var approvers = NonEmpty(json.Approvers, "approvers", Error);
        for (var i = 0; i < approvers.Count; i++)
        {
            if (!approvers[i].Contains('@', StringComparison.Ordinal))
            {
                Error($"approvers[{i}]", $"'{approvers[i]}' is not an e-mail address");
            }
        }

        var teams = WebhookSettingValidator.Validate(json.Teams, "teams", Error);
        var publish = WebhookSettingValidator.Validate(json.Publish, "publish", Error);
        var limits = BrandLimitsValidator.Validate(json.Limits, Error);
        if (errors.Count > 0 || id is null)
        {
            return null;
        }

        return new BrandProfile
        {
            Id = id,
            Name = json.Name!.Trim(),
            Description = json.Description?.Trim() ?? "",
            Voice = voice,
            Topics = topics,
            Competitors = competitors,
            Avoid = avoid,
            RiskTolerance = tolerance,
            RelevanceThreshold = threshold,
            Approvers = approvers,
            TeamsWebhookSetting = teams ?? BrandDefaults.TeamsWebhookSetting(id),
            PublishWebhookSetting = publish,
            Limits = limits,
        };
    }

    private static RiskTolerance ParseTolerance(string? text, Action<string, string> error)
    {
        switch (text)
        {
            case null: return BrandDefaults.RiskTolerance;
            case "low": return RiskTolerance.Low;
            case "medium": return RiskTolerance.Medium;
            case "high": return RiskTolerance.High;
            default:
                error("riskTolerance", $"'{text}' is not one of low, medium, high");
                return BrandDefaults.RiskTolerance;
        }
    }

    internal static List<string> NonEmpty(IReadOnlyList<string?>? values, string field, Action<string, string> error)
    {
        var result = new List<string>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            var value = values![i]?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                error($"{field}[{i}]", "must be a non-empty string");
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
