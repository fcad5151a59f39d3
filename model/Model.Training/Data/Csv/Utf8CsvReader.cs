using System.Buffers;
using System.Text;

namespace Mlops.Model.Training.Data.Csv;

/// <summary>
/// A streaming RFC 4180 reader over UTF-8 bytes: one pooled buffer, fields handed out as spans into it
/// (valid until the next <see cref="Read"/>), so reading a large file allocates next to nothing.
/// Quoted fields may hold delimiters, doubled quotes and newlines; blank lines are skipped.
/// </summary>
public sealed class Utf8CsvReader : IDisposable
{
    private const int InitialBufferSize = 1 << 20;
    private const byte Quote = (byte)'"';
    private const byte NewLine = (byte)'\n';
    private const byte CarriageReturn = (byte)'\r';

    private readonly Stream stream;
    private readonly string source;
    private readonly byte delimiter;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int[] fieldStarts = new int[64];
    private int[] fieldLengths = new int[64];
    private bool[] fieldEscaped = new bool[64];
    private int position;
    private int dataEnd;
    private bool endOfStream;
    private bool started;
    private long nextLine = 1;

    public Utf8CsvReader(Stream stream, string source, char delimiter)
    {
        this.stream = stream;
        this.source = source;
        this.delimiter = checked((byte)delimiter);
    }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public long LineNumber { get; private set; }

    public int FieldCount { get; private set; }

    public ReadOnlySpan<byte> this[int index] => buffer.AsSpan(fieldStarts[index], fieldLengths[index]);

    public string GetString(int index) => Encoding.UTF8.GetString(this[index]);

    public bool Read()
    {
        if (!started)
        {
            started = true;
            Fill();
            SkipByteOrderMark();
        }

        while (true)
        {
            if (position >= dataEnd && endOfStream)
            {
                return false;
            }

            if (TryParseRecord(out var consumed, out var lines))
            {
                var blank = consumed <= 2 && FieldCount == 1 && fieldLengths[0] == 0 && buffer[position] != Quote;
                position += consumed;
                LineNumber = nextLine;
                nextLine += lines;
                if (!blank)
                {
                    Unescape();
                    return true;
                }

                continue;
            }

            Fill();
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    private bool TryParseRecord(out int consumed, out int lines)
    {
        FieldCount = 0;
        lines = 1;
        consumed = 0;
        var index = position;
        while (true)
        {
            var (next, endsRecord) = index < dataEnd && buffer[index] == Quote
                ? ParseQuoted(index, ref lines)
                : ParseUnquoted(index);
            if (next < 0)
            {
                return false;
            }

            if (endsRecord)
            {
                consumed = next - position;
                return true;
            }

            index = next;
        }
    }

    /// <summary>The index after the field's terminator and whether it ended the record; -1 when more data is needed.</summary>
    private (int Next, bool EndsRecord) ParseUnquoted(int start)
    {
        var rest = buffer.AsSpan(start, dataEnd - start);
        var stop = rest.IndexOfAny(delimiter, NewLine);
        if (stop < 0)
        {
            if (!endOfStream)
            {
                return (-1, false);
            }

            AddField(start, TrimCarriageReturn(rest).Length, escaped: false);
            return (dataEnd, true);
        }

        var endsRecord = rest[stop] == NewLine;
        AddField(start, endsRecord ? TrimCarriageReturn(rest[..stop]).Length : stop, escaped: false);
        return (start + stop + 1, endsRecord);
    }

    private (int Next, bool EndsRecord) ParseQuoted(int openingQuote, ref int lines)
    {
        var start = openingQuote + 1;
        var scan = start;
        var escaped = false;
        while (true)
        {
            var quote = buffer.AsSpan(scan, dataEnd - scan).IndexOf(Quote);
            if (quote < 0 || scan + quote + 2 >= dataEnd)
            {
                // Decide only with the bytes after the quote in view ("" or "\r\n"), unless the file ends here.
                if (!endOfStream)
                {
                    return (-1, false);
                }

                if (quote < 0)
                {
                    throw new CsvFormatException(source, nextLine, "a quoted field is never closed");
                }
            }

            lines += buffer.AsSpan(scan, quote).Count(NewLine);
            scan += quote;
            if (scan + 1 < dataEnd && buffer[scan + 1] == Quote)
            {
                escaped = true;
                scan += 2;
                continue;
            }

            AddField(start, scan - start, escaped);
            return AfterClosingQuote(scan + 1);
        }
    }

    private (int Next, bool EndsRecord) AfterClosingQuote(int index)
    {
        var next = index < dataEnd && buffer[index] == CarriageReturn ? index + 1 : index;
        if (next >= dataEnd)
        {
            return (dataEnd, true);
        }

        if (buffer[next] == delimiter || buffer[next] == NewLine)
        {
            return (next + 1, buffer[next] == NewLine);
        }

        throw new CsvFormatException(source, nextLine, $"unexpected '{(char)buffer[next]}' after a closing quote (a quote inside a quoted field is written as \"\")");
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> field) =>
        field.Length > 0 && field[^1] == CarriageReturn ? field[..^1] : field;

    private void AddField(int start, int length, bool escaped)
    {
        if (FieldCount == fieldStarts.Length)
        {
            Array.Resize(ref fieldStarts, FieldCount * 2);
            Array.Resize(ref fieldLengths, FieldCount * 2);
            Array.Resize(ref fieldEscaped, FieldCount * 2);
        }

        fieldStarts[FieldCount] = start;
        fieldLengths[FieldCount] = length;
        fieldEscaped[FieldCount] = escaped;
        FieldCount++;
    }

    /// <summary>Turns "" into " in place, once the record is complete (the text only gets shorter).</summary>
    private void Unescape()
    {
        for (var field = 0; field < FieldCount; field++)
        {
            if (!fieldEscaped[field])
            {
                continue;
            }

            var span = buffer.AsSpan(fieldStarts[field], fieldLengths[field]);
            var write = 0;
            for (var read = 0; read < span.Length; read++, write++)
            {
                span[write] = span[read];
                if (span[read] == Quote)
                {
                    read++;
                }
            }

            fieldLengths[field] = write;
        }
    }

    private void Fill()
    {
        var remaining = dataEnd - position;
        if (position == 0 && remaining == buffer.Length)
        {
            // One record larger than the buffer: grow it.
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, remaining).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else if (position > 0)
        {
            buffer.AsSpan(position, remaining).CopyTo(buffer);
        }

        position = 0;
        dataEnd = remaining;
        while (dataEnd < buffer.Length)
        {
            var read = stream.Read(buffer, dataEnd, buffer.Length - dataEnd);
            if (read == 0)
            {
                endOfStream = true;
                return;
            }

            dataEnd += read;
        }
    }

    private void SkipByteOrderMark()
    {
        if (buffer.AsSpan(0, dataEnd).StartsWith("\uFEFF"u8))
        {
            position = 3;
        }
    }
}
