using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.RunHistory;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Model;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Reporting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Gate))]
[TaskDescription("Checks the model against every metric bound of the spec and against the champion on the feed; a failed gate stops the build")]
[IsDependentOn(typeof(Evaluate))]
public sealed class Gate : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var spec = context.Model.Spec;
        using var feed = context.OpenFeed();
        var champion = await ChampionLoader.LoadAsync(feed, spec.ModelId, context.Version.NuGetVersion, context.Paths.Champions, CancellationToken.None);
        context.Log.Information(champion is null
            ? $"No stable {spec.ModelId} below {context.Version.SemVer} on {context.Feed}: only the thresholds apply."
            : $"Champion: {spec.ModelId} {champion.Version} from {context.Feed}.");
        var challenger = ScoringModel.LoadDirectory(context.Paths.ModelArtifacts);
        var decision = GateRun.Run(GateSpecReader.Read(spec), context.Model.TestSplit(), challenger, champion, context.GateOverride);
        var markdown = GateArtifacts.Write(context.Paths.ModelArtifacts, decision);
        ModelReports.Write(context.Paths.ModelArtifacts, challenger.Card with { Gate = decision.ToRecord() });
        context.History.RecordGate(decision.ToRecord(), context.Version.SemVer, context.Model.Split().Test.Length);
        context.Log.Information("{0}", markdown);
        context.AppendJobSummary(markdown);
        if (decision.FailsBuild)
        {
            throw new InvalidOperationException(
                $"The model gate failed: {string.Join("; ", decision.Report.Failures.Select(f => $"{f.Check} {f.Value} ({f.Bound})"))}.\n{markdown}");
        }
    }
}
