using System.Reflection;

namespace Cake.Frosting;

/// <summary>A task type as the attributes describe it.</summary>
public sealed record TaskDefinition(
    Type Type,
    string Name,
    string Description,
    IReadOnlyList<Type> DependsOn,
    IReadOnlyList<Type> DependeeOf)
{
    public static TaskDefinition From(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new TaskDefinition(
            type,
            NameOf(type),
            type.GetCustomAttribute<TaskDescriptionAttribute>()?.Description ?? string.Empty,
            [.. type.GetCustomAttributes<IsDependentOnAttribute>().Select(a => a.Task)],
            [.. type.GetCustomAttributes<IsDependeeOfAttribute>().Select(a => a.Task)]);
    }

    public static string NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.GetCustomAttribute<TaskNameAttribute>()?.Name ?? type.Name;
    }

    public bool Overrides(string methodName) =>
        Type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == methodName)
            .Any(m => m.DeclaringType is { IsGenericType: false } declaring && declaring != typeof(object));
}
