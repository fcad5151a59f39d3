namespace Cake.Frosting;

/// <summary>The name a task is run by (<c>--target=Name</c>) and depended on.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TaskNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
