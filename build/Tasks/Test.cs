using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Frosting;
using Mlops.Build.Integrations.Testing;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Test))]
[TaskDescription("Runs every test project of the solution; TRX results in artifacts/tests/")]
[IsDependentOn(typeof(Build))]
public sealed class Test : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.EnsureDirectoryDoesNotExist(context.Paths.TestResults, new DeleteDirectorySettings { Recursive = true, Force = true });
        try
        {
            context.DotNetTest(context.Paths.Solution, new DotNetTestSettings
            {
                Configuration = context.BuildConfiguration,
                NoBuild = true,
                NoRestore = true,
                Loggers = ["trx", "console;verbosity=normal"],
                ResultsDirectory = context.Paths.TestResults,
                Filter = context.TestFilter,
            });
        }
        finally
        {
            // Plain text on its own line (no log colours): CI reads this closing line.
            Console.WriteLine(TrxSummary.Read(context.Paths.TestResults));
        }
    }
}
