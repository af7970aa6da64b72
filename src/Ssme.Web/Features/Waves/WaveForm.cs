using System.ComponentModel.DataAnnotations;

namespace Ssme.Web.Features.Waves;

/// <summary>The fields of the create and edit forms, as typed, so a refused form comes back intact.</summary>
public sealed class WaveForm
{
    [Display(Name = "Código")]
    [Required(ErrorMessage = "El código de la ola es obligatorio.")]
    public string Code { get; set; } = string.Empty;

    [Display(Name = "Nombre")]
    [Required(ErrorMessage = "El nombre de la ola es obligatorio.")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Año del periodo analizado")]
    [Required(ErrorMessage = "El año del periodo analizado es obligatorio.")]
    public int? PeriodYear { get; set; }

    [Display(Name = "Fecha de apertura")]
    [Required(ErrorMessage = "La fecha de apertura es obligatoria.")]
    public DateOnly? OpensOn { get; set; }

    [Display(Name = "Fecha de cierre")]
    [Required(ErrorMessage = "La fecha de cierre es obligatoria.")]
    public DateOnly? ClosesOn { get; set; }

    public WaveDetails ToDetails() => new(Code, Name, PeriodYear ?? 0, OpensOn ?? default, ClosesOn ?? default);
}
