using Cake.Core.Diagnostics;

namespace Cake.Frosting;

/// <summary>The command line as the host reads it: Cake's own switches plus any <c>--name=value</c>.</summary>
public sealed record HostOptions(
    string Target,
    Verbosity Verbosity,
    bool Exclusive,
    bool DryRun,
    bool ShowDescription,
    bool ShowTree,
    bool ShowHelp,
    ILookup<string, string> Arguments)
{
    public const string DefaultTarget = "Default";

    public static HostOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var pairs = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-'))
            {
                throw new ArgumentException($"Unexpected argument '{arg}': arguments are written --name=value.");
            }

            var body = arg.TrimStart('-');
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? body : body[..equals];
            var value = equals < 0 ? ReadSeparateValue(args, ref i) : body[(equals + 1)..];
            pairs.Add(new(ExpandShortName(name), value));
        }

        var lookup = pairs.ToLookup(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        return new HostOptions(
            Target: Last(lookup, "target") ?? DefaultTarget,
            Verbosity: ParseVerbosity(Last(lookup, "verbosity")),
            Exclusive: IsSet(lookup, "exclusive"),
            DryRun: IsSet(lookup, "dryrun") || IsSet(lookup, "dry-run") || IsSet(lookup, "noop") || IsSet(lookup, "whatif"),
            ShowDescription: IsSet(lookup, "description"),
            ShowTree: IsSet(lookup, "tree"),
            ShowHelp: IsSet(lookup, "help"),
            Arguments: lookup);
    }

    // "--target Release" is accepted as well as "--target=Release"; a bare flag means true.
    private static string ReadSeparateValue(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 < args.Count && !args[i + 1].StartsWith('-'))
        {
            i++;
            return args[i];
        }

        return "true";
    }

    private static string ExpandShortName(string name) => name switch
    {
        "t" => "target",
        "v" => "verbosity",
        "e" => "exclusive",
        "h" or "?" => "help",
        "d" => "description",
        _ => name,
    };

    private static string? Last(ILookup<string, string> lookup, string name) =>
        lookup[name].LastOrDefault();

    private static bool IsSet(ILookup<string, string> lookup, string name) =>
        lookup.Contains(name) && !string.Equals(Last(lookup, name), "false", StringComparison.OrdinalIgnoreCase);

    private static Verbosity ParseVerbosity(string? value) => value?.ToLowerInvariant() switch
    {
        null => Verbosity.Normal,
        "q" or "quiet" => Verbosity.Quiet,
        "m" or "minimal" => Verbosity.Minimal,
        "n" or "normal" => Verbosity.Normal,
        "v" or "verbose" => Verbosity.Verbose,
        "d" or "diag" or "diagnostic" => Verbosity.Diagnostic,
        _ => throw new ArgumentException(
            $"Unknown verbosity '{value}': use quiet, minimal, normal, verbose or diagnostic."),
    };
}
