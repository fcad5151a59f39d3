using Mlops.Model.History;

namespace Mlops.History.Tests.Fixtures;

/// <summary>
/// The databases every store test runs against: an SQLite file, and a real PostgreSQL server when one can run here
/// (where it cannot, <see cref="PostgresServer.Unavailable"/> says why and the PostgreSQL rows are left out; the
/// skipped <c>PostgreSQL_server_runs</c> test shows it).
/// </summary>
public sealed class Stores : IAsyncLifetime
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly List<string> folders = [];

    public PostgresServer Server { get; } = new();

    public static TheoryData<string> All => PostgresServer.Unavailable is null ? [Sqlite, Postgres] : [Sqlite];

    /// <summary>A new, empty database of the kind named.</summary>
    public HistoryLocation Create(string kind)
    {
        if (kind == Postgres)
        {
            return HistoryLocation.Postgres(Server.CreateDatabase(), "the test's connection string");
        }

        var folder = Directory.CreateTempSubdirectory("mlops-history-").FullName;
        folders.Add(folder);
        return HistoryLocation.Sqlite(Path.Combine(folder, "history.db"));
    }

    public Task InitializeAsync() => Server.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StoreTests : ICollectionFixture<Stores>
{
    public const string Name = "history stores";
}
