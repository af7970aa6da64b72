namespace Ssme.Web.Features.Questionnaires;

/// <summary>The heading and text of a section save that did not simply store everything.</summary>
public sealed record SaveNotice(string Heading, string Text);
