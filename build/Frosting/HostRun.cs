using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Frosting;

/// <summary>One run of the host: informational switches, or the target through Cake's engine.</summary>
internal sealed class HostRun(
    HostOptions options,
    TaskCatalog catalog,
    IConsole console,
    ICakeEnvironment environment,
    Type contextType,
    Type? lifetimeType,
    Type? taskLifetimeType)
{
    public async Task<int> ExecuteAsync()
    {
        if (options.ShowHelp)
        {
            console.WriteLine("{0}", HelpText.Render(catalog));
            return 0;
        }

        if (options.ShowDescription)
        {
            console.WriteLine("{0}", catalog.DescribeAll());
            return 0;
        }

        var target = catalog.Find(options.Target);
        if (target is null)
        {
            CakeHost.WriteError(console, environment, UnknownTarget());
            return 1;
        }

        if (options.ShowTree)
        {
            console.WriteLine("{0}", catalog.Tree(target));
            return 0;
        }

        return await RunTargetAsync(target);
    }

    private string UnknownTarget() =>
        $"The target '{options.Target}' is not a task of this build. Known targets:{Environment.NewLine}{catalog.DescribeAll()}";

    private async Task<int> RunTargetAsync(TaskDefinition target)
    {
        var log = new CakeBuildLog(console, options.Verbosity);
        // A dry run still asks each task whether it should run; what a task says while deciding is not part of the plan.
        var cakeContext = CreateCakeContext(options.DryRun ? new CakeBuildLog(console, Verbosity.Quiet) : log);
        try
        {
            var context = (ICakeContext)Activator.CreateInstance(contextType, cakeContext)!;
            var engine = new CakeEngine(new CakeDataService(), log);
            RegisterLifetimes(engine, context);
            foreach (var task in catalog.Tasks)
            {
                TaskRegistration.Register(engine, task, context);
            }

            var report = await engine.RunTargetAsync(context, CreateStrategy(log, context), Settings(target));
            if (!options.DryRun)
            {
                new CakeReportPrinter(console, context).Write(report);
            }

            return 0;
        }
        catch (Exception exception)
        {
            CakeHost.WriteError(console, environment, Describe(exception));
            return 1;
        }
    }

    // The context's constructor runs through reflection; show the reason, not the wrapper.
    private static string Describe(Exception exception) =>
        exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner.Message : exception.Message;

    private ExecutionSettings Settings(TaskDefinition target)
    {
        var settings = new ExecutionSettings().SetTarget(target.Name);
        return options.Exclusive ? settings.UseExclusiveTarget() : settings;
    }

    private IExecutionStrategy CreateStrategy(ICakeLog log, ICakeContext context)
    {
        IExecutionStrategy strategy = options.DryRun
            ? new DryRunExecutionStrategy(log)
            : new DefaultExecutionStrategy(log, new CakeReportPrinter(console, context));
        return HostEnvironment.IsGitHubActions(environment) && !options.DryRun
            ? new GitHubActionsExecutionStrategy(strategy, console)
            : strategy;
    }

    private void RegisterLifetimes(CakeEngine engine, ICakeContext context)
    {
        if (lifetimeType is not null)
        {
            var lifetime = (IFrostingLifetime)Activator.CreateInstance(lifetimeType)!;
            engine.RegisterSetupAction(info => lifetime.Setup(context, info));
            engine.RegisterTeardownAction(info => lifetime.Teardown(context, info));
        }

        if (taskLifetimeType is not null)
        {
            var taskLifetime = (IFrostingTaskLifetime)Activator.CreateInstance(taskLifetimeType)!;
            engine.RegisterTaskSetupAction(info => taskLifetime.Setup(context, info));
            engine.RegisterTaskTeardownAction(info => taskLifetime.Teardown(context, info));
        }
    }

    private CakeContext CreateCakeContext(ICakeLog log)
    {
        var fileSystem = new FileSystem();
        var configuration = new CakeConfiguration(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        var globber = new Globber(fileSystem, environment);
        var tools = new ToolLocator(
            environment,
            new ToolRepository(environment),
            new ToolResolutionStrategy(fileSystem, environment, globber, configuration, log));
        return new CakeContext(
            fileSystem,
            environment,
            globber,
            log,
            new CakeArguments(options.Arguments),
            new ProcessRunner(fileSystem, environment, log, tools, configuration),
            new WindowsRegistry(),
            tools,
            new CakeDataService(),
            configuration,
            new NoToolInstaller(),
            new EmptyServiceProvider());
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
