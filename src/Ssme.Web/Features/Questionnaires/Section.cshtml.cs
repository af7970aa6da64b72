using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaires;

public sealed class SectionModel(QuestionnaireHandler questionnaire) : PageModel
{
    public OwnedSubmission Owned { get; private set; } = null!;

    public Section Current { get; private set; }

    /// <summary>What each box shows: the stored answer, or what was typed when a save was refused.</summary>
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<FieldProblem> SubmitProblems { get; private set; } = [];

    public Guid Version { get; private set; }

    public CategorizationResult? Preliminary { get; private set; }

    public bool Editable => Owned.Editable;

    public IEnumerable<QuestionField> Fields => QuestionnaireFields.In(Current);

    /// <summary>Name and department belong to the initiative: shown, never edited here (an administrator corrects them).</summary>
    public bool IsEditableField(QuestionField field) => Editable && !Initiative.IsIdentityField(field.Code);

    public Section? Previous => Current == SectionText.All[0] ? null : SectionText.All[SectionText.All.ToList().IndexOf(Current) - 1];

    public Section? Next => Current == SectionText.All[^1] ? null : SectionText.All[SectionText.All.ToList().IndexOf(Current) + 1];

    public bool IsComplete(Section section) => QuestionnaireRules.IsSectionComplete(section, Owned.Submission.Answers);

    public string SectionUrl(Section section) => Url.Page("Section", new { id = Owned.Submission.Id, section = section.Slug() })!;

    public async Task<IActionResult> OnGetAsync(int id, string? section, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, section, cancellationToken, forUpdate: false))
        {
            return NotFound();
        }

        FillFromAnswers();
        if (Current == Section.Review)
        {
            SubmitProblems = QuestionnaireRules.CheckSubmission(Owned.Submission.Answers);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? section, Guid version, string? go, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, section, cancellationToken))
        {
            return NotFound();
        }

        var typed = ReadTypedValues();
        var saved = await questionnaire.SaveSectionAsync(Owned, Current, typed, version, cancellationToken);
        var problems = saved.Succeeded ? saved.Value.Problems : [];
        if (saved.Succeeded && problems.Count == 0)
        {
            TempData["Status"] = "Sus respuestas se guardaron.";
            var target = SectionText.FromSlug(go) ?? Current;
            return RedirectToPage("Section", new { id, section = target.Slug() });
        }

        // After a lost race the form keeps what was typed against the version now stored, so a second save replaces it on purpose.
        Version = saved.Succeeded ? saved.Value.Version : await CurrentVersionAsync(id, version, cancellationToken);

        FillFromAnswers();
        foreach (var (code, value) in typed)
        {
            Values[code] = value;
        }

        foreach (var problem in problems)
        {
            FieldErrors.TryAdd(problem.Code, problem.Message);
        }

        Errors = saved switch
        {
            { IsConflict: true } => ["Este cuestionario se guardó desde otra pestaña o por otra persona mientras usted lo editaba. Sus valores siguen en el formulario sin guardar: revíselos y pulse «Guardar» para reemplazar lo guardado."],
            { Succeeded: false } => saved.Messages,
            _ => ["Algunas respuestas necesitan corrección. Las demás se guardaron; lo que escribió en los campos marcados sigue en el formulario."],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, Guid version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, Section.Review.Slug(), cancellationToken))
        {
            return NotFound();
        }

        var submitted = await questionnaire.SubmitAsync(Owned, version, User.ToActor(), cancellationToken);
        if (submitted.Succeeded)
        {
            TempData["Status"] = "Su cuestionario fue enviado a Confecámaras. Le avisaremos si necesita correcciones.";
            return RedirectToPage("Index");
        }

        FillFromAnswers();
        SubmitProblems = submitted.Errors.Where(error => error.Field is not null).Select(error => new FieldProblem(error.Field!, error.Message)).ToList();
        Errors = submitted switch
        {
            { IsConflict: true } => ["El cuestionario cambió desde otra pestaña. Revise la información actualizada y envíe de nuevo."],
            _ when SubmitProblems.Count > 0 => ["No se puede enviar todavía: complete o corrija las respuestas de la lista."],
            _ => submitted.Messages,
        };
        if (submitted.IsConflict)
        {
            Owned = (await questionnaire.FindOwnAsync(User.ToActor().UserId, id, cancellationToken))!;
            Version = Owned.Submission.Version;
            Preliminary = questionnaire.Preliminary(Owned);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id, string? slug, CancellationToken cancellationToken, bool forUpdate = true)
    {
        var current = slug is null ? Section.Profile : SectionText.FromSlug(slug);
        var owned = await questionnaire.FindOwnAsync(User.ToActor().UserId, id, cancellationToken, forUpdate);
        if (owned is null || current is null)
        {
            return false;
        }

        Owned = owned;
        Current = current.Value;
        Version = owned.Submission.Version;
        if (Current == Section.Review)
        {
            Preliminary = questionnaire.Preliminary(owned);
        }

        return true;
    }

    private async Task<Guid> CurrentVersionAsync(int id, Guid posted, CancellationToken cancellationToken) =>
        (await questionnaire.FindOwnAsync(User.ToActor().UserId, id, cancellationToken))?.Submission.Version ?? posted;

    private void FillFromAnswers()
    {
        var answers = Owned.Initiative.WithIdentity(Owned.Submission.Answers);
        foreach (var field in QuestionnaireFields.All)
        {
            Values[field.Code] = field.ToInput(answers);
        }
    }

    private Dictionary<string, string?> ReadTypedValues()
    {
        var typed = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in QuestionnaireFields.In(Current).Where(field => !Initiative.IsIdentityField(field.Code)))
        {
            var values = Request.Form[field.Code];
            typed[field.Code] = field.Kind == FieldKind.MultiChoice
                ? string.Join(ChoiceCode.MultiSeparator, values.Where(value => !string.IsNullOrEmpty(value)))
                : values.FirstOrDefault();
        }

        return typed;
    }
}
