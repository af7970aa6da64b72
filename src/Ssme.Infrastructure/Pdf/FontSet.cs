using SkiaSharp;

namespace Ssme.Infrastructure.Pdf;

/// <summary>The theme's font in the styles the document uses, created once per document.</summary>
internal sealed class FontSet : IDisposable
{
    private readonly Dictionary<TextStyle, SKFont> _fonts = [];
    private readonly Dictionary<(bool, bool), SKTypeface> _typefaces = [];

    public SKFont Get(TextStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
        {
            var key = (style.Bold, style.Italic);
            if (!_typefaces.TryGetValue(key, out var typeface))
            {
                var skStyle = new SKFontStyle(style.Bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, style.Italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
                typeface = SKFontManager.Default.MatchFamily(PdfTheme.FontFamily, skStyle);
                if (typeface is null)
                {
                    return _fonts[style] = Unhinted(SKTypeface.Default, style.Size);
                }

                _typefaces[key] = typeface;
            }

            font = Unhinted(typeface, style.Size);
            _fonts[style] = font;
        }

        return font;
    }

    /// <summary>
    /// Hinting rounds small glyph advances up to whole units, which spread 8,5-point table text wider
    /// than body text; linear metrics keep the font's own spacing at every size.
    /// </summary>
    private static SKFont Unhinted(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var typeface in _typefaces.Values)
        {
            typeface.Dispose();
        }

        _fonts.Clear();
        _typefaces.Clear();
    }
}
