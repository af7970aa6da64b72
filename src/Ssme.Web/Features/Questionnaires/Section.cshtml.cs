using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Methodology;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Questionnaire.Validation;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Questionnaires;

[RescueTypedAnswers]
public sealed class SectionModel(QuestionnaireHandler questionnaire, RescuedDrafts rescuedDrafts) : PageModel
{
    public OwnedSubmission Owned { get; private set; } = null!;

    public Section Current { get; private set; }

    /// <summary>What each box shows: the stored answer, or what was typed when a save was refused.</summary>
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>What each box held when this page was built from the stored answers: a later save writes only what differs (<see cref="TabMerge"/>).</summary>
    public Dictionary<string, string?> Loaded { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What a save that stored only part of the section, or stored values that disagree, did.</summary>
    public SaveNotice? SaveNotice { get; private set; }

    public IReadOnlyList<FieldProblem> SubmitProblems { get; private set; } = [];

    public Guid Version { get; private set; }

    /// <summary>The boxes show what was typed before the session ended, not yet saved.</summary>
    public bool Rescued { get; private set; }

    public CategorizationResult? Preliminary { get; private set; }

    public bool Editable => Owned.Editable;

    public IEnumerable<QuestionField> Fields => QuestionnaireFields.In(Current);

    /// <summary>The name under which the form carries what each box held when the page was built.</summary>
    public const string LoadedPrefix = "loaded.";

    public IEnumerable<QuestionField> EditableFields => Fields.Where(question => !Initiative.IsIdentityField(question.Code));

    /// <summary>Name and department belong to the initiative: shown, never edited here (an administrator corrects them).</summary>
    /// <summary>"III Ola" beside a value copied from the previous wave that the manager has not confirmed yet; null otherwise.</summary>
    public string? CopiedFrom(QuestionField field) =>
        Editable && Owned.Submission.NeedsConfirmation(field.Section) && field.HasValue(Owned.Submission.Answers) ? Owned.Submission.CopiedFromWaveName : null;

    public bool IsEditableField(QuestionField field) => Editable && !Initiative.IsIdentityField(field.Code);

    public Section? Previous => Current == SectionText.All[0] ? null : SectionText.All[SectionText.All.ToList().IndexOf(Current) - 1];

    public Section? Next => Current == SectionText.All[^1] ? null : SectionText.All[SectionText.All.ToList().IndexOf(Current) + 1];

    /// <summary>Asked twice per section while the page renders (summary and list); each answer runs the section's rules, so it is worked out once.</summary>
    public bool IsComplete(Section section) =>
        _complete.TryGetValue(section, out var complete) ? complete : _complete[section] = Owned.Submission.IsSectionComplete(section);

    private readonly Dictionary<Section, bool> _complete = [];

    public string SectionUrl(Section section) => Url.Page("Section", new { id = Owned.Submission.Id, section = section.Slug() })!;

    public async Task<IActionResult> OnGetAsync(int id, string? section, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, section, cancellationToken, forUpdate: false))
        {
            return NotFound();
        }

        FillFromAnswers();
        if (Editable && await rescuedDrafts.TakeAsync(HttpContext, id, Current, cancellationToken) is { } rescued)
        {
            var form = rescued.ToForm();
            Restore(ReadPosted(form, string.Empty), ReadPosted(form, LoadedPrefix));
            Rescued = true;
        }

        if (Current == Section.Review)
        {
            SubmitProblems = Owned.Submission.ProblemsBeforeSending();
        }

        return Page();
    }

    /// <param name="confirm">The person ticked «Confirmo que estas respuestas describen el año analizado»: only that confirms values copied from the previous wave.</param>
    public async Task<IActionResult> OnPostAsync(int id, string? section, string? go, bool confirm, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, section, cancellationToken))
        {
            return NotFound();
        }

        var typed = ReadPosted(Request.Form, string.Empty);
        var saved = await questionnaire.SaveSectionAsync(Owned, Current, typed, ReadPosted(Request.Form, LoadedPrefix), confirm, cancellationToken);
        if (saved.Succeeded && saved.Value.Clean)
        {
            TempData["Status"] = "Sus respuestas se guardaron.";
            var target = SectionText.FromSlug(go) ?? Current;
            return RedirectToPage("Section", new { id, section = target.Slug() });
        }

        if (!saved.Succeeded)
        {
            // Nothing was written: the boxes keep what was typed and what the tab had loaded, so the next save merges the same way.
            FillFromAnswers();
            Restore(typed, ReadPosted(Request.Form, LoadedPrefix));
            Errors = saved.IsConflict
                ? ["Otra pestaña guardó este cuestionario en el mismo instante. Sus valores siguen en el formulario sin guardar: pulse «Guardar» de nuevo."]
                : saved.Messages;
            return Page();
        }

        // The tracked submission holds what was just stored: those fields show it, the refused and conflicting ones keep what was typed.
        Version = Owned.Submission.Version;
        FillFromAnswers();
        foreach (var problem in saved.Value.Refused.Concat(saved.Value.Rules).Concat(saved.Value.Conflicts))
        {
            Values[problem.Code] = typed.GetValueOrDefault(problem.Code);
            FieldErrors.TryAdd(problem.Code, problem.Message);
        }

        SaveNotice = saved.Value switch
        {
            { Conflicts.Count: > 0 } => new SaveNotice("Otra pestaña cambió algunos de los mismos campos.", "Mientras usted escribía, otra pestaña guardó valores distintos en los campos marcados. Sus demás respuestas se guardaron. Elija en cada campo marcado qué valor conservar y pulse «Guardar»."),
            { Refused.Count: > 0 } => new SaveNotice("Algunas respuestas no se guardaron.", "Corrija los campos marcados: lo que escribió en ellos sigue en el formulario. Sus demás respuestas se guardaron."),
            _ => new SaveNotice("Se guardaron todas sus respuestas, pero algunas no concuerdan entre sí.", "Revise los campos marcados antes de enviar el cuestionario."),
        };
        return Page();
    }

    /// <summary>
    /// The script's save a few seconds after typing stops: the same merge as «Guardar», answered as
    /// JSON so the page stays as it is. The tab learns which fields are now stored (its new
    /// "loaded" values) and which need the person.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int id, string? section, bool confirm, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, section, cancellationToken))
        {
            return NotFound();
        }

        var saved = await questionnaire.SaveSectionAsync(Owned, Current, ReadPosted(Request.Form, string.Empty), ReadPosted(Request.Form, LoadedPrefix), confirm, cancellationToken);
        if (!saved.Succeeded)
        {
            return new JsonResult(AutosaveAnswer.NotSaved(string.Join(" ", saved.Messages)));
        }

        var stored = Owned.Submission.Answers;
        return new JsonResult(new AutosaveAnswer(
            EsCo.Time(Owned.Submission.UpdatedAt),
            saved.Value.Written.ToDictionary(code => code, code => QuestionnaireFields.Get(code).ToInput(stored)),
            ByField(saved.Value.Refused),
            ByField(saved.Value.Rules),
            ByField(saved.Value.Conflicts),
            null));
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
            await questionnaire.SendReceiptAsync(Owned, User.ToActor().UserId, cancellationToken);
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

    private static Dictionary<string, string> ByField(IEnumerable<FieldProblem> problems) =>
        problems.DistinctBy(problem => problem.Code).ToDictionary(problem => problem.Code, problem => problem.Message);

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

    private void FillFromAnswers()
    {
        var answers = Owned.Initiative.WithIdentity(Owned.Submission.Answers);
        foreach (var field in QuestionnaireFields.All)
        {
            Values[field.Code] = Loaded[field.Code] = field.ToInput(answers);
        }
    }

    private void Restore(IReadOnlyDictionary<string, string?> typed, IReadOnlyDictionary<string, string?> loaded)
    {
        foreach (var (code, value) in typed)
        {
            Values[code] = value;
        }

        foreach (var (code, value) in loaded.Where(pair => pair.Value is not null))
        {
            Loaded[code] = value;
        }
    }

    /// <summary>The section's editable fields as posted, under <paramref name="prefix"/>; a field the form did not carry is null.</summary>
    private Dictionary<string, string?> ReadPosted(IFormCollection form, string prefix)
    {
        var posted = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in EditableFields)
        {
            var values = form[prefix + field.Code];
            posted[field.Code] = field.Kind == FieldKind.MultiChoice && prefix.Length == 0
                ? string.Join(ChoiceCode.MultiSeparator, values.Where(value => !string.IsNullOrEmpty(value)))
                : values.FirstOrDefault();
        }

        return posted;
    }
}
