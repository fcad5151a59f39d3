using Cake.Core;

namespace Cake.Frosting;

/// <summary>Wraps each task in a collapsible <c>::group::</c> of the GitHub Actions log.</summary>
public sealed class GitHubActionsExecutionStrategy(IExecutionStrategy inner, IConsole output) : IExecutionStrategy
{
    public void PerformSetup(Action<ISetupContext> action, ISetupContext context) => inner.PerformSetup(action, context);

    public void PerformTeardown(Action<ITeardownContext> action, ITeardownContext teardownContext) =>
        inner.PerformTeardown(action, teardownContext);

    public async Task ExecuteAsync(CakeTask task, ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(task);
        output.WriteLine("::group::{0}", task.Name);
        try
        {
            await inner.ExecuteAsync(task, context);
        }
        finally
        {
            output.WriteLine("{0}", "::endgroup::");
        }
    }

    public void Skip(CakeTask task, CakeTaskCriteria criteria) => inner.Skip(task, criteria);

    public Task ReportErrorsAsync(Func<Exception, Task> action, Exception exception) =>
        inner.ReportErrorsAsync(action, exception);

    public Task HandleErrorsAsync(Func<Exception, ICakeContext, Task> action, Exception exception, ICakeContext context) =>
        inner.HandleErrorsAsync(action, exception, context);

    public Task InvokeFinallyAsync(Func<ICakeContext, Task> action, ICakeContext context) =>
        inner.InvokeFinallyAsync(action, context);

    public void PerformTaskSetup(Action<ITaskSetupContext> action, ITaskSetupContext taskSetupContext) =>
        inner.PerformTaskSetup(action, taskSetupContext);

    public void PerformTaskTeardown(Action<ITaskTeardownContext> action, ITaskTeardownContext taskTeardownContext) =>
        inner.PerformTaskTeardown(action, taskTeardownContext);

    /// <summary>An annotation that GitHub shows on the run; newlines are escaped as the workflow commands require.</summary>
    public static string ErrorAnnotation(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var escaped = message.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
        return $"::error::{escaped}";
    }
}
