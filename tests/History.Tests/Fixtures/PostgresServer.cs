using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Mlops.History.Tests.Fixtures;

/// <summary>
/// A real PostgreSQL server from Debian's postgresql package, started in a temp folder on 127.0.0.1 and a free
/// port, and removed afterwards. PostgreSQL refuses to run as root, so under root (CI) it runs as the package's
/// postgres user through runuser.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string ServiceUser = "postgres";
    private const string DatabaseUser = "mlops";
    private static readonly string? BinDirectory = FindBinDirectory();

    private string dataDirectory = string.Empty;

    public int Port { get; private set; }

    /// <summary>Why the server cannot run here, or null when it can.</summary>
    public static string? Unavailable { get; } = WhyUnavailable();

    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        dataDirectory = Run("mktemp", "-d", "-t", "mlops-postgres-XXXXXX").Trim();
        Port = FreePort();
        Run(Tool("initdb"), "-D", dataDirectory, "-U", DatabaseUser, "-A", "trust", "--no-sync", "-E", "UTF8");
        Run(Tool("pg_ctl"), "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60",
            "-o", $"-h 127.0.0.1 -p {Port} -k {dataDirectory} -c fsync=off", "start");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
    }

    /// <summary>A fresh, empty database for one test.</summary>
    public string CreateDatabase()
    {
        var name = $"history_{Guid.NewGuid():N}";
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name};";
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Database = database, Username = DatabaseUser, Password = "s3cret-never-printed", Pooling = false }.ConnectionString;

    public Task DisposeAsync()
    {
        if (dataDirectory.Length > 0)
        {
            Run(Tool("pg_ctl"), "-D", dataDirectory, "-m", "immediate", "-w", "stop");
            Directory.Delete(dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static string Tool(string name) => Path.Combine(BinDirectory!, name);

    private static bool IsRoot => Environment.UserName == "root";

    private static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql").Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;

    private static string? WhyUnavailable()
    {
        if (BinDirectory is null)
        {
            return "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, or run ./build.sh, which installs it.";
        }

        if (IsRoot && !File.Exists("/usr/sbin/runuser"))
        {
            return "Running as root without runuser: PostgreSQL refuses to run as root.";
        }

        if (IsRoot && !File.ReadLines("/etc/passwd").Any(line => line.StartsWith($"{ServiceUser}:", StringComparison.Ordinal)))
        {
            return $"Running as root and there is no '{ServiceUser}' user to run PostgreSQL as (the postgresql package creates it).";
        }

        return null;
    }

    // As root, every command runs as the postgres user, so the files it creates are that user's.
    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(IsRoot ? "/usr/sbin/runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot)
        {
            foreach (var prefix in new[] { "-u", ServiceUser, "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}");
        }

        return output.Result;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A test that needs the PostgreSQL server: skipped, saying why, only where one cannot run at all.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
