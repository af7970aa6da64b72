namespace Ssme.Infrastructure.Pdf;

public sealed record TextStyle(float Size = 10, bool Bold = false, bool Italic = false);
