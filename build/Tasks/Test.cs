using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Frosting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Test))]
[TaskDescription("Runs every test project of the solution; TRX results in artifacts/tests/")]
[IsDependentOn(typeof(Build))]
public sealed class Test : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
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
}
