using System.Data.Common;
using System.Globalization;

namespace Mlops.Model.History.Storage;

/// <summary>
/// Brings a database to the newest schema: the applied versions are rows of schema_migrations; each pending
/// migration runs in one transaction with its row. On PostgreSQL an advisory lock makes concurrent builds wait for
/// each other; SQLite's write transaction does the same for one file.
/// </summary>
internal static class SchemaMigrator
{
    private const long PostgresLockKey = 0x6D6C6F7073; // "mlops"

    public static int Migrate(DbConnection connection, HistoryProvider provider, IReadOnlyList<Migration> migrations, string database)
    {
        HistoryConnections.Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
        using var transaction = connection.BeginTransaction();
        if (provider == HistoryProvider.Postgres)
        {
            HistoryConnections.Execute(connection, $"SELECT pg_advisory_xact_lock({PostgresLockKey});", transaction);
        }

        var applied = AppliedVersion(connection, transaction);
        var newest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (applied > newest)
        {
            throw new HistoryStoreException(
                $"The run history ({database}) is at schema version {applied}, newer than this build knows ({newest}): update the repository before writing to it.");
        }

        foreach (var migration in migrations.Where(m => m.Version > applied).OrderBy(m => m.Version))
        {
            HistoryConnections.Execute(connection, migration.Sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at);";
            record.AddParameter("version", migration.Version);
            record.AddParameter("name", migration.Name);
            record.AddParameter("at", DateTimeOffset.UtcNow);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
        return newest;
    }

    /// <summary>The highest applied version; 0 for a database without the table (a read-only reader never creates it).</summary>
    public static int AppliedVersion(DbConnection connection, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(version) FROM schema_migrations;";
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;
    }
}
