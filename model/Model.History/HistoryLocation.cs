using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mlops.Model.History;

/// <summary>
/// Where the run history lives: an SQLite file (the default, one machine) or a PostgreSQL database (a team, CI).
/// The connection string may carry a password, so only <see cref="Describe"/> is ever printed.
/// </summary>
public sealed class HistoryLocation
{
    private HistoryLocation(HistoryProvider provider, string connectionString, string description)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Description = description;
    }

    public HistoryProvider Provider { get; }

    public string ConnectionString { get; }

    private string Description { get; }

    public static HistoryLocation Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return new HistoryLocation(HistoryProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = full }.ToString(), $"SQLite file {full}");
    }

    /// <summary>A PostgreSQL database by its Npgsql connection string; <paramref name="settingName"/> names where it came from in errors.</summary>
    public static HistoryLocation Postgres(string connectionString, string settingName)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            // A parse error's message may quote the string, password included: it is not passed on.
            throw new ArgumentException($"{settingName} is not a valid Npgsql connection string (Host=…;Database=…;Username=…;Password=…).", nameof(connectionString));
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ArgumentException($"{settingName} names no Host: set Host=…;Database=…;Username=…;Password=….", nameof(connectionString));
        }

        return new HistoryLocation(HistoryProvider.Postgres, connectionString, $"PostgreSQL database {builder.Database ?? builder.Username ?? "(default)"} on {builder.Host}:{builder.Port}");
    }

    /// <summary>PostgreSQL when <paramref name="postgresConnection"/> is set, else the SQLite file.</summary>
    public static HistoryLocation Resolve(string? postgresConnection, string sqlitePath, string settingName) =>
        string.IsNullOrWhiteSpace(postgresConnection) ? Sqlite(sqlitePath) : Postgres(postgresConnection, settingName);

    /// <summary>Which database, without credentials: safe for logs.</summary>
    public string Describe() => Description;

    public override string ToString() => Describe();
}

public enum HistoryProvider
{
    Sqlite,
    Postgres,
}
