using BenchmarkDotNet.Attributes;
using Ssme.Domain.Exchange;
using Ssme.Domain.Questionnaire;
using Ssme.Infrastructure.Exchange;
using Ssme.TestData;

namespace Ssme.Benchmarks;

/// <summary>Reads the largest upload SPEC §11 accepts (20 000 full rows) as CSV and as XLSX.</summary>
[MemoryDiagnoser]
public class UploadReadBenchmarks
{
    private byte[] _csv = [];
    private byte[] _xlsx = [];

    [GlobalSetup]
    public void Setup()
    {
        _csv = LargestUpload.Create(ExchangeFormat.Csv);
        _xlsx = LargestUpload.Create(ExchangeFormat.Xlsx);
    }

    [Benchmark]
    public Task<int> ReadCsv20000Rows() => ReadAsync(_csv, ExchangeFormat.Csv);

    [Benchmark]
    public Task<int> ReadXlsx20000Rows() => ReadAsync(_xlsx, ExchangeFormat.Xlsx);

    public static int ReadOnce(byte[] content, ExchangeFormat format) => ReadAsync(content, format).GetAwaiter().GetResult();

    private static async Task<int> ReadAsync(byte[] content, ExchangeFormat format)
    {
        using var input = new MemoryStream(content, writable: false);
        return (await ExchangeFiles.ReadAsync(input, format, CancellationToken.None)).Rows.Count;
    }
}

/// <summary>A wave file of <see cref="UploadLimits.MaxRows"/> rows with every questionnaire column answered.</summary>
public static class LargestUpload
{
    public static byte[] Create(ExchangeFormat format)
    {
        var fields = QuestionnaireFields.All;
        var headers = fields.Select(field => field.Code).Append("status").ToList();
        var rows = SyntheticAnswers.Create(UploadLimits.MaxRows)
            .Select(answers => (IReadOnlyList<string?>)[.. fields.Select(field => field.ToMachine(answers)), "Submitted"]);
        var numeric = fields.Where(field => field.Kind is FieldKind.Count or FieldKind.Percent or FieldKind.Pesos).Select(field => field.Code).ToHashSet(StringComparer.Ordinal);
        using var output = new MemoryStream();
        ExchangeFiles.WriteAsync(output, format, headers, rows, numeric.Contains, CancellationToken.None).GetAwaiter().GetResult();
        return output.ToArray();
    }
}
