using CsCheck;
using Ssme.Domain.Exchange;

namespace Ssme.Domain.Tests.Exchange;

public sealed class FormulaDefusingTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+57 300 000", "'+57 300 000")]
    [InlineData("-apoyo", "'-apoyo")]
    [InlineData("@mención", "'@mención")]
    [InlineData("Apoyo en mercadeo", "Apoyo en mercadeo")]
    [InlineData("'tal cual", "'tal cual")]
    public void Text_that_a_spreadsheet_would_run_is_exported_as_text(string answer, string exported)
    {
        Assert.Equal(exported, ExchangeColumns.Defuse(answer));
    }

    [Fact]
    public void Every_text_survives_export_and_import_unchanged()
    {
        Gen.String[Gen.Char["='+-@ab\t"], 0, 6].Sample(text => Assert.Equal(text, ExchangeColumns.Restore(ExchangeColumns.Defuse(text))));
    }
}
