using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>Keeps what the API logs, so that a test can read the line an operator would see.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

    private readonly ConcurrentQueue<Exception> _exceptions = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. _entries];

    /// <summary>The exceptions passed with log entries: each is a stack trace in a real log.</summary>
    public IReadOnlyList<Exception> Exceptions => [.. _exceptions];

    public ILogger CreateLogger(string categoryName) => new Logger(_entries, _exceptions);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(LogLevel, string)> entries, ConcurrentQueue<Exception> exceptions) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            entries.Enqueue((logLevel, formatter(state, exception)));
            if (exception is not null)
            {
                exceptions.Enqueue(exception);
            }
        }
    }
}
