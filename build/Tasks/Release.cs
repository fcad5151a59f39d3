using Cake.Frosting;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Release))]
[TaskDescription("The main job: data, train, evaluate, gate, test, pack, publish and deploy")]
[IsDependentOn(typeof(Deploy))]
public sealed class Release : FrostingTask<BuildContext>
{
}
