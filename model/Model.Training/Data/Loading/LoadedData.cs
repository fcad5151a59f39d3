namespace Mlops.Model.Training.Data.Loading;

/// <summary>A validated table plus what was dropped on the way.</summary>
public sealed record LoadedData(ColumnTable Table, long RowsRead, BadRowReport BadRows);
