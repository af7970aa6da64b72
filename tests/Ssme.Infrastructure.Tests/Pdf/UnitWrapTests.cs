using Ssme.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace Ssme.Infrastructure.Tests.Pdf;

public sealed class UnitWrapTests
{
    [Fact]
    public void A_peso_sign_stays_on_the_line_of_its_amount_wherever_the_line_breaks()
    {
        // Words of every length before the amount move the break across "$ 1.250.000" at some point.
        for (var words = 1; words <= 40; words++)
        {
            using var pdf = new PdfComposer(new PdfDocumentInfo("Pesos", "SSME", "Pesos"));
            pdf.Paragraph(string.Join(' ', Enumerable.Repeat("aporte", words)) + " $ 1.250.000 de las empresas.");
            using var output = new MemoryStream();
            pdf.Render(output);

            using var document = PdfDocument.Open(output.ToArray());
            var letters = document.GetPage(1).Letters.ToList();
            var sign = letters.Single(letter => letter.Value == "$");
            Assert.True(
                letters.Any(letter => letter.Value == "1" && letter.StartBaseLine.X > sign.StartBaseLine.X && Math.Abs(letter.StartBaseLine.Y - sign.StartBaseLine.Y) < 1),
                $"{words} words: «$» ends a line without its amount");
        }
    }
}
