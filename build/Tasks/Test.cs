using Cake.Common;
using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Testing;
using Mlops.Build.UpToDate;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Test))]
[TaskDescription("Runs every test project of the solution, TRX results in artifacts/tests/; reuses the last passing run's results when nothing the tests read changed (--rerun-tests or CI runs them)")]
[IsDependentOn(typeof(Build))]
public sealed class Test : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.Inputs.TestKey(context.BuildConfiguration, context.TestFilter);
        if (Reusable(context, key) is { } last)
        {
            context.Log.Information(
                "Tests reused from {0}: no source, SDK, test tool or system package changed since. --{1} runs them again.",
                last.Describe(),
                ArgumentNames.RerunTests);
            Console.WriteLine(TrxSummary.Read(context.Paths.TestResults));
            return;
        }

        context.EnsureDirectoryDoesNotExist(context.Paths.TestResults, new DeleteDirectorySettings { Recursive = true, Force = true });
        try
        {
            context.DotNetTest(context.Paths.Solution, new DotNetTestSettings
            {
                Configuration = context.BuildConfiguration,
                NoBuild = true,
                NoRestore = true,
                NoLogo = true,
                // Minimal: a line per test project and every failure in full; the passing tests are in the TRX files.
                Loggers = ["trx", "console;verbosity=minimal"],
                ResultsDirectory = context.Paths.TestResults,
                Filter = context.TestFilter,
            });
        }
        finally
        {
            // Plain text on its own line (no log colours): CI reads this closing line.
            Console.WriteLine(TrxSummary.Read(context.Paths.TestResults));
        }

        new RunStamp(key, DateTimeOffset.UtcNow, context.Version.Commit, TrxSummary.Read(context.Paths.TestResults).ToString())
            .Write(context.Paths.TestStamp);
    }

    // CI always runs the tests: its verdict must come from this machine.
    private static RunStamp? Reusable(BuildContext context, string key) =>
        context.Inputs.Known && !context.Ci.IsCi && !context.HasArgument(ArgumentNames.RerunTests)
            ? UpToDateCheck.LastRun(context.Paths.TestStamp, key, [], _ => true)
            : null;
}
