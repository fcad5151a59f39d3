namespace Cake.Frosting;

/// <summary>The task runs before <see cref="Task"/>: the reverse of <see cref="IsDependentOnAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class IsDependeeOfAttribute(Type task) : Attribute
{
    public Type Task { get; } = task;
}
