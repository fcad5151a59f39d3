namespace Mlops.Model.History.Storage;

/// <summary>One versioned schema change. Applied once, in order, in a transaction; never edited after release: add a new one.</summary>
public sealed record Migration(int Version, string Name, string Sql);
