namespace Mlops.Model.Profiles;

/// <summary>Statistics of a data set, kept with the model as the reference for drift checks.</summary>
public sealed record DataProfile
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Source { get; init; }

    public required long Rows { get; init; }

    public TargetProfile? Target { get; init; }

    public required IReadOnlyList<ColumnProfile> Columns { get; init; }

    public ColumnProfile? Find(string name) => Columns.FirstOrDefault(column => column.Name == name);
}
