using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.RunHistory;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Data))]
[TaskDescription("Loads and validates the spec's data (generating the default churn data when absent) and writes its profile")]
public sealed class Data : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.Model.PrepareData();
        context.History.RecordData(data.Profile);
        if (data.Generated)
        {
            context.Log.Information("Generated the default synthetic churn data at {0}: the spec points at the default path and the file was absent.", data.DataPath);
        }

        context.Log.Information(
            "{0}: {1} rows kept of {2} read, {3} bad rows skipped, positive rate {4:P1}.",
            data.DataPath,
            data.Table.RowCount,
            data.Loaded.RowsRead,
            data.Loaded.BadRows.Count,
            data.Profile.Target?.PositiveRate ?? 0);
        context.Log.Information("Profile written to {0}.", context.Model.OutputDirectory);
    }
}
