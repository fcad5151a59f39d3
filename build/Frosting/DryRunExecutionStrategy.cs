using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.Frosting;

/// <summary>Walks the graph in order and says what would run, running nothing: no setup, no task, no teardown.</summary>
public sealed class DryRunExecutionStrategy(ICakeLog log) : IExecutionStrategy
{
    private int _step;

    public void PerformSetup(Action<ISetupContext> action, ISetupContext context)
    {
    }

    public void PerformTeardown(Action<ITeardownContext> action, ITeardownContext teardownContext)
    {
    }

    public Task ExecuteAsync(CakeTask task, ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(task);
        log.Information("{0}. {1}", ++_step, task.Name);
        return Task.CompletedTask;
    }

    public void Skip(CakeTask task, CakeTaskCriteria criteria)
    {
    }

    public Task ReportErrorsAsync(Func<Exception, Task> action, Exception exception) => Task.CompletedTask;

    public Task HandleErrorsAsync(Func<Exception, ICakeContext, Task> action, Exception exception, ICakeContext context) =>
        Task.CompletedTask;

    public Task InvokeFinallyAsync(Func<ICakeContext, Task> action, ICakeContext context) => Task.CompletedTask;

    public void PerformTaskSetup(Action<ITaskSetupContext> action, ITaskSetupContext taskSetupContext)
    {
    }

    public void PerformTaskTeardown(Action<ITaskTeardownContext> action, ITaskTeardownContext taskTeardownContext)
    {
    }
}
