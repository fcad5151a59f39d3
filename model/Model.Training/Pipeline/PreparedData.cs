using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Data.Loading;

namespace Mlops.Model.Training.Pipeline;

/// <summary>The validated data and its profile, as the Data step leaves them for Train and Evaluate.</summary>
public sealed record PreparedData(string DataPath, bool Generated, LoadedData Loaded, DataProfile Profile)
{
    public ColumnTable Table => Loaded.Table;
}
