using Mlops.Model.Preprocessing;

namespace Mlops.Api.Tests.Fixtures;

internal static class TestBooster
{
    public static string Train(PreprocessingModel preprocessing) => File.ReadAllText("/tmp/apidev/booster.json");
}
