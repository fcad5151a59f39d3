using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mlops.Model.History.Storage;

/// <summary>Opens a connection to the history database; a read-only one refuses every write at the database itself.</summary>
internal static class HistoryConnections
{
    public static DbConnection Open(HistoryLocation location, bool readOnly)
    {
        var connection = Create(location, readOnly);
        try
        {
            connection.Open();
            if (location.Provider == HistoryProvider.Sqlite)
            {
                Execute(connection, "PRAGMA foreign_keys = ON;");
            }

            return connection;
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            connection.Dispose();
            throw new HistoryStoreException($"Cannot open the run history ({location.Describe()}): {exception.Message}", exception);
        }
    }

    public static void Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static DbConnection Create(HistoryLocation location, bool readOnly)
    {
        if (location.Provider == HistoryProvider.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
            if (readOnly)
            {
                builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
            }

            return new NpgsqlConnection(builder.ConnectionString);
        }

        var sqlite = new SqliteConnectionStringBuilder(location.ConnectionString)
        {
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        if (!readOnly)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sqlite.DataSource)!);
        }

        return new SqliteConnection(sqlite.ConnectionString);
    }
}
