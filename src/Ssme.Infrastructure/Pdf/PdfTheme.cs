using SkiaSharp;

namespace Ssme.Infrastructure.Pdf;

/// <summary>The look every SSME document shares: A4 geometry, the font, the colours and the text styles.</summary>
internal static class PdfTheme
{
    /// <summary>DejaVu Sans has the accents and ñ of Spanish text; the charts use it too so they match the page.</summary>
    public const string FontFamily = "DejaVu Sans";

    public const float PageWidth = 595f;
    public const float PageHeight = 842f;
    public const float Margin = 50f;
    public const float Top = 72f;
    public const float Bottom = PageHeight - 60f;
    public const float ContentWidth = PageWidth - (2 * Margin);
    public const float CellPadding = 4f;

    /// <summary>Where a line's baseline sits within its line height.</summary>
    public const float BaselineRatio = 0.78f;

    public static readonly SKColor Ink = new(0x1b, 0x25, 0x33);
    public static readonly SKColor Blue = new(0x1f, 0x4e, 0x79);
    public static readonly SKColor Grey = new(0x5f, 0x6b, 0x7a);
    public static readonly SKColor Line = new(0xc9, 0xd1, 0xdb);
    public static readonly SKColor Shade = new(0xee, 0xf2, 0xf6);

    public static readonly TextStyle CoverTitle = new(24, Bold: true);
    public static readonly TextStyle CoverSubtitle = new(18, Bold: true);
    public static readonly TextStyle CoverLine = new(12);
    public static readonly TextStyle Heading1 = new(17, Bold: true);
    public static readonly TextStyle Heading2 = new(12.5f, Bold: true);
    public static readonly TextStyle Body = new();
    public static readonly TextStyle Note = new(9, Italic: true);
    public static readonly TextStyle TableHeader = new(8.5f, Bold: true);
    public static readonly TextStyle TableBody = new(8.5f);
    public static readonly TextStyle HeaderFooter = new(8);

    public static float LineHeight(TextStyle style) => style.Size * 1.35f;
}
