using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Newsjack.Cli;

/// <summary>
/// The kinds of option and argument the commands share. Values are checked while parsing, so a bad one is a
/// usage error (exit 2) naming the option before anything runs, and `--help` shows each one's values and default.
/// </summary>
internal static class CliOptions
{
    /// <summary>A value such as a file path or URL; <paramref name="helpName"/> is the placeholder help shows (`F.jsonl`).</summary>
    public static Option<string> Required(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description, Required = true };

    public static Option<string?> Optional(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description };

    /// <summary>A switch that takes no value (`--once`).</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    public static Option<int> WholeNumber(string name, string helpName, string description, int fallback, int min, int max) =>
        new(name)
        {
            HelpName = helpName,
            Description = $"{description} ({Range(min, max)})",
            DefaultValueFactory = _ => fallback,
            CustomParser = result => ParseWholeNumber(result, name, min, max) ?? fallback,
        };

    /// <summary>A whole number whose default depends on other options; null when not given.</summary>
    public static Option<int?> WholeNumber(string name, string helpName, string description, int min, int max) =>
        new(name)
        {
            HelpName = helpName,
            Description = $"{description} ({Range(min, max)})",
            CustomParser = result => ParseWholeNumber(result, name, min, max),
        };

    /// <summary>An ISO-8601 time (`2026-02-03T14:00:00Z`); a time without an offset is UTC.</summary>
    public static Option<DateTimeOffset?> Time(string name, string description) =>
        new(name)
        {
            HelpName = "T",
            Description = description,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return null;
                }

                var text = result.Tokens[0].Value;
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
                {
                    return value;
                }

                result.AddError($"option {name}: '{text}' is not an ISO-8601 time");
                return null;
            },
        };

    /// <summary>One of a fixed set of words; the first is the default.</summary>
    public static Option<string> OneOf(string name, string description, params string[] values)
    {
        var option = new Option<string>(name)
        {
            HelpName = string.Join('|', values),
            Description = description,
            DefaultValueFactory = _ => values[0],
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return values[0];
                }

                var text = result.Tokens[0].Value;
                if (values.Contains(text, StringComparer.Ordinal))
                {
                    return text;
                }

                result.AddError($"option {name}: '{text}' is not one of {string.Join(", ", values)}");
                return values[0];
            },
        };
        option.CompletionSources.Add(values);
        return option;
    }

    /// <summary>`--format`, the one output switch every data command shares; the first value is the default.</summary>
    public static Option<string> Format(params string[] values) => OneOf("--format", "output format", values);

    /// <summary>`--settings FILE`: a settings file in the local.settings.json format (environment variables apply too).</summary>
    public static Option<string?> Settings(string description = "settings file in the local.settings.json format; environment variables apply too") =>
        Optional("--settings", "FILE", description);

    /// <summary>One positional value (a file or URL).</summary>
    public static Argument<string> One(string helpName, string description) =>
        Positional(new Argument<string>(helpName) { Description = description, Arity = ArgumentArity.ExactlyOne });

    /// <summary>One or more positional files.</summary>
    public static Argument<string[]> Many(string helpName, string description) =>
        Positional(new Argument<string[]>(helpName) { Description = description, Arity = ArgumentArity.OneOrMore });

    /// <summary>A word that looks like an option and is no file is reported as the unknown option it is, not as a missing file.</summary>
    private static Argument<T> Positional<T>(Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1 && !Path.Exists(t.Value)))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        return argument;
    }

    private static int? ParseWholeNumber(ArgumentResult result, string name, int min, int max)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"option {name}: '{text}' is not a whole number from {min} to {max}");
        return null;
    }

    private static string Range(int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{min} to {max}");
}
