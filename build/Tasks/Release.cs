using Cake.Frosting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Release))]
[TaskDescription("The main job: data, train, evaluate, gate, test, pack, publish, deploy to staging and promote to production")]
[IsDependentOn(typeof(Promote))]
public sealed class Release : FrostingTask<BuildContext>
{
}
