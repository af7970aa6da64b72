using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;

namespace Ssme.Domain.Questionnaire;

internal sealed class DepartmentField(string code, Section section, string label, string shortLabel, string? help)
    : QuestionField(code, section, FieldKind.Department, label, shortLabel, help)
{
    public override IReadOnlyList<FieldOption> Options { get; } = Department.All.OrderBy(d => d.Name, StringComparer.Create(EsCo.Culture, false)).Select(d => new FieldOption(d.Code, d.Name)).ToList();

    public override bool HasValue(Answers answers) => answers.Department is not null;

    public override string? ToMachine(Answers answers) => answers.Department;

    public override string? ToInput(Answers answers) => answers.Department;

    public override string? ToDisplay(Answers answers) => answers.Department is { } code ? Department.Find(code)?.Name : null;

    public override FieldAssignment TryAssign(Answers answers, string? raw, ValueFormat format)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Assigned(answers with { Department = null });
        }

        var department = Department.Find(raw);
        if (department is null)
        {
            return Rejected(answers, $"«{raw.Trim()}» no es un departamento de Colombia (escriba el nombre o el código DIVIPOLA, por ejemplo «Antioquia» o «05»).");
        }

        return Assigned(answers with { Department = department.Code });
    }
}
