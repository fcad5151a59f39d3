using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.RunHistory;
using Mlops.Model.History.Queries;

namespace Mlops.Build.Tasks;

[TaskName(nameof(History))]
[TaskDescription("Prints the run history: versions with their test metrics, the last monitor runs with intervals and breached checks, deployments; --format=json for machines")]
public sealed class History : FrostingTask<BuildContext>
{
    private const int DefaultMonitorRuns = 10;

    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var format = context.Argument(ArgumentNames.Format, "table");
        if (format is not ("table" or "json"))
        {
            throw new ArgumentException($"--{ArgumentNames.Format}={format} is not a format: use table (the default) or json.");
        }

        var runs = context.Argument(ArgumentNames.Last, DefaultMonitorRuns);
        if (runs < 1)
        {
            throw new ArgumentException($"--{ArgumentNames.Last}={runs}: give how many monitor runs and runs to show, 1 or more.");
        }

        using var reader = HistoryReader.Open(context.History.Location);
        var history = reader.Read(context.Model.Spec.ModelId, monitorRuns: runs, runs: runs);
        if (format == "json")
        {
            WriteJson(context, HistoryJson.Serialize(history));
            return;
        }

        context.Log.Information("{0}", HistoryTable.Render(history));
    }

    // The build's own log and task summary share standard output, so a machine reads the file --output names.
    private static void WriteJson(BuildContext context, string json)
    {
        if (context.Argument<string?>(ArgumentNames.Output, null) is not { Length: > 0 } output)
        {
            Console.Out.WriteLine(json);
            return;
        }

        var path = Path.GetFullPath(output, context.Paths.Root);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        context.Log.Information("History written to {0}.", path);
    }
}
