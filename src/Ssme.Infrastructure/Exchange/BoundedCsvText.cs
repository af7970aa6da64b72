using Ssme.Domain.Exchange;

namespace Ssme.Infrastructure.Exchange;

/// <summary>
/// The decoded text of a CSV upload as CsvHelper reads it, refused at the first physical line longer
/// than <see cref="UploadLimits.MaxLineCharacters"/> or the first NUL: the parser keeps a whole
/// record's field table in memory, so a line of millions of commas must stop before it is parsed.
/// </summary>
internal sealed class BoundedCsvText(TextReader inner) : TextReader
{
    private int _line = 1;
    private int _lineLength;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Inspect(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Inspect(buffer.Span[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Inspect(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0'))
        {
            throw new ExchangeFileException(UploadProblems.NotText);
        }

        while (!text.IsEmpty)
        {
            var end = text.IndexOf('\n');
            var length = end < 0 ? text.Length : end;
            if (_lineLength + length > UploadLimits.MaxLineCharacters)
            {
                throw new ExchangeFileException(UploadProblems.LineTooLong(_line));
            }

            if (end < 0)
            {
                _lineLength += length;
                return;
            }

            _line++;
            _lineLength = 0;
            text = text[(end + 1)..];
        }
    }
}
