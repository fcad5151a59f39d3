using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace Mlops.Api.Hosting;

/// <summary>
/// The connection's output, passing every byte through except Kestrel's bare rejection, which it swaps for
/// problem details (<see cref="RejectionResponse"/>). A rejection is the first write after a flush (the
/// previous response was flushed whole), so only that write is examined: the rest costs one flag test.
/// </summary>
internal sealed class RejectionRewritingWriter(PipeWriter inner) : PipeWriter
{
    private Memory<byte> _handedOut;
    private bool _afterFlush = true;

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;

    /// <summary>Wraps the output of every connection of a Kestrel endpoint.</summary>
    public static ConnectionDelegate Wrap(ConnectionDelegate next) => connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new DuplexPipe(transport.Input, new RejectionRewritingWriter(transport.Output));
        return next(connection);
    };

    public override Memory<byte> GetMemory(int sizeHint = 0) => _handedOut = inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void Advance(int bytes)
    {
        var replacement = _afterFlush && bytes <= _handedOut.Length ? RejectionResponse.TryRewrite(_handedOut.Span[..bytes]) : null;
        _afterFlush = false;
        if (replacement is null)
        {
            inner.Advance(bytes);
            return;
        }

        replacement.CopyTo(inner.GetSpan(replacement.Length));
        inner.Advance(replacement.Length);
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        _afterFlush = true;
        return inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
