namespace Ssme.Domain.Questionnaire;

/// <summary>What a save from one browser tab does with one field.</summary>
public enum TabEdit
{
    /// <summary>The tab left the field as it loaded it: whatever is stored now stays.</summary>
    Untouched,

    /// <summary>The tab changed the field and nobody else did (or both wrote the same value).</summary>
    Write,

    /// <summary>The tab and someone else changed the field to different values: the person chooses.</summary>
    Conflict,
}
