using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.Frosting.Tests.Host;

// Small graphs for the host tests. Each task logs "ran <name>" so the order shows in the console.
internal static class Ran
{
    public static void Log(ICakeContext context, string name) => context.Log.Information("ran {0}", name);
}

[TaskName("First")]
[TaskDescription("Starts every sample chain")]
public sealed class First : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => Ran.Log(context, "First");
}

[TaskName("Second")]
[IsDependentOn(typeof(First))]
public sealed class Second : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => Ran.Log(context, "Second");
}

[TaskName("Third")]
[IsDependentOn(typeof(Second))]
public sealed class Third : AsyncFrostingTask<FrostingContext>
{
    public override async Task RunAsync(FrostingContext context)
    {
        await Task.Yield();
        Ran.Log(context, "Third");
    }
}

[TaskName("Before")]
[IsDependeeOf(typeof(Third))]
public sealed class Before : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => Ran.Log(context, "Before");
}

[TaskName("Aggregate")]
[IsDependentOn(typeof(Third))]
public sealed class Aggregate : FrostingTask<FrostingContext>
{
}

[TaskName("Skipped")]
public sealed class Skipped : FrostingTask<FrostingContext>
{
    public override bool ShouldRun(FrostingContext context)
    {
        context.Log.Information("Skipping Skipped: nothing to do in this test.");
        return false;
    }

    public override void Run(FrostingContext context) => Ran.Log(context, "Skipped");
}

[TaskName("AfterSkipped")]
[IsDependentOn(typeof(Skipped))]
public sealed class AfterSkipped : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => Ran.Log(context, "AfterSkipped");
}

[TaskName("Fails")]
public sealed class Fails : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => throw new InvalidOperationException("the task broke");

    public override void Finally(FrostingContext context) => Ran.Log(context, "Fails.Finally");
}

[TaskName("AfterFails")]
[IsDependentOn(typeof(Fails))]
public sealed class AfterFails : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => Ran.Log(context, "AfterFails");
}

[TaskName("Recovers")]
public sealed class Recovers : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => throw new InvalidOperationException("handled here");

    public override void OnError(Exception exception, FrostingContext context) => Ran.Log(context, "Recovers.OnError");
}

[TaskName("ReadsArgument")]
public sealed class ReadsArgument : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => Ran.Log(context, "with " + context.Argument("model-version", "none"));
}

[TaskName("CycleA")]
[IsDependentOn(typeof(CycleB))]
public sealed class CycleA : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => Ran.Log(context, "CycleA");
}

[TaskName("CycleB")]
[IsDependentOn(typeof(CycleA))]
public sealed class CycleB : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => Ran.Log(context, "CycleB");
}

[TaskName("Orphan")]
[IsDependentOn(typeof(NotRegistered))]
public sealed class Orphan : FrostingTask<FrostingContext>
{
    public override void Run(FrostingContext context) => Ran.Log(context, "Orphan");
}

[TaskName("NotRegistered")]
public sealed class NotRegistered : FrostingTask<FrostingContext>
{
}
