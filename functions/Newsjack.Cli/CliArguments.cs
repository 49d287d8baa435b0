namespace Newsjack.Cli;

/// <summary>
/// `--name value` options, `--flag` switches and positional arguments. Every option must be read by the
/// command; <see cref="EnsureAllUsed"/> then rejects unknown ones with a message naming them.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flagNames;

    public CliArguments(IEnumerable<string> args, params string[] flagNames)
    {
        _flagNames = new HashSet<string>(flagNames, StringComparer.Ordinal);
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg == "--")
            {
                Positionals.AddRange(list.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                Positionals.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? inline = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            if (_flagNames.Contains(name) && inline is null)
            {
                _flags.Add(name);
                continue;
            }

            var value = inline ?? (i + 1 < list.Count ? list[++i] : throw new CliUsageException($"option --{name} needs a value"));
            if (!_options.TryGetValue(name, out var values))
            {
                _options[name] = values = [];
            }

            values.Add(value);
        }
    }

    public List<string> Positionals { get; } = [];

    public bool Flag(string name)
    {
        _used.Add(name);
        return _flags.Contains(name);
    }

    public string? Optional(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var values) ? values[^1] : null;
    }

    public IReadOnlyList<string> All(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var values) ? values : [];
    }

    public string Required(string name) =>
        Optional(name) ?? throw new CliUsageException($"missing required option --{name}");

    public int OptionalInt(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CliUsageException($"option --{name}: '{text}' is not a whole number from {min} to {max}");
    }

    public DateTimeOffset? OptionalTime(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new CliUsageException($"option --{name}: '{text}' is not an ISO-8601 time");
    }

    /// <summary>Checks `--format`, the one output switch every data command shares.</summary>
    public void RequireFormat(params string[] allowed)
    {
        var format = Optional("format") ?? allowed[0];
        if (!allowed.Contains(format, StringComparer.Ordinal))
        {
            throw new CliUsageException($"option --format: '{format}' is not one of {string.Join(", ", allowed)}");
        }
    }

    public void EnsureAllUsed()
    {
        var unknown = _options.Keys.Concat(_flags).Where(k => !_used.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}");
        }
    }
}
