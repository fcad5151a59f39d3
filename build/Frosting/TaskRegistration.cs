using Cake.Core;

namespace Cake.Frosting;

/// <summary>Turns one task type into a task of Cake's engine, as Cake.Frosting does.</summary>
internal static class TaskRegistration
{
    public static void Register(CakeEngine engine, TaskDefinition definition, ICakeContext context)
    {
        var task = (IFrostingTask)Activator.CreateInstance(definition.Type)!;
        var builder = engine.RegisterTask(definition.Name);
        if (definition.Description.Length > 0)
        {
            builder.Description(definition.Description);
        }

        foreach (var dependency in definition.DependsOn)
        {
            builder.IsDependentOn(TaskDefinition.NameOf(dependency));
        }

        foreach (var dependee in definition.DependeeOf)
        {
            builder.IsDependeeOf(TaskDefinition.NameOf(dependee));
        }

        builder.WithCriteria(_ => task.ShouldRun(context));
        if (definition.Overrides(nameof(IFrostingTask.RunAsync)) || definition.Overrides("Run"))
        {
            builder.Does(() => task.RunAsync(context));
        }

        // Only an overridden handler is registered: Cake treats a registered handler as handling the error.
        if (definition.Overrides(nameof(IFrostingTask.OnError)))
        {
            builder.OnError(exception => task.OnError(exception, context));
        }

        if (definition.Overrides(nameof(IFrostingTask.Finally)))
        {
            builder.Finally(() => task.Finally(context));
        }
    }
}
