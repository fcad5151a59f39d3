using System.Reflection;
using System.Text;
using Cake.Frosting;

namespace Mlops.Build;

/// <summary>
/// The build's targets as their attributes name and describe them. Only Cake.Frosting's public types are read
/// (IFrostingTask, [TaskName], [TaskDescription]), so this stays the same when the stand-in host in
/// build/Frosting is replaced by the Cake.Frosting package.
/// </summary>
public static class Targets
{
    public static IReadOnlyList<Target> All { get; } =
    [
        .. typeof(Targets).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IFrostingTask).IsAssignableFrom(t))
            .Select(t => new Target(
                t.GetCustomAttribute<TaskNameAttribute>()?.Name ?? t.Name,
                t.GetCustomAttribute<TaskDescriptionAttribute>()?.Description ?? string.Empty))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase),
    ];

    public static bool Exists(string name) => All.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>One line per target: its name, padded, and its description.</summary>
    public static string Describe()
    {
        var width = All.Max(t => t.Name.Length) + 2;
        var text = new StringBuilder();
        foreach (var target in All)
        {
            text.Append(target.Name.PadRight(width)).AppendLine(target.Description);
        }

        return text.ToString();
    }
}

public sealed record Target(string Name, string Description);
