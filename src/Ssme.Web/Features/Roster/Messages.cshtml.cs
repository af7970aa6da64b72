using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Roster;
using Ssme.Domain.Waves;
using Ssme.Infrastructure.Data;
using Ssme.Web.Features.Shared;

namespace Ssme.Web.Features.Roster;

/// <summary>Every invitation, reminder and claim decision the portal tried to send, sent or failed (SPEC §10).</summary>
public sealed class MessagesModel(SsmeDbContext db) : PageModel
{
    public const int Shown = 500;

    public IReadOnlyList<Wave> Waves { get; private set; } = [];

    public Wave? Wave { get; private set; }

    public IReadOnlyList<SentMessage> Messages { get; private set; } = [];

    public int Failed { get; private set; }

    public async Task OnGetAsync(string? ola, CancellationToken cancellationToken)
    {
        Waves = await db.Waves.NewestFirstAsync(cancellationToken);
        Wave = WaveQueries.Named(Waves, ola);
        var messages = db.SentMessages.AsNoTracking();
        if (Wave is not null)
        {
            messages = messages.Where(message => message.WaveId == Wave.Id);
        }

        Failed = await messages.CountAsync(message => message.Failure != null, cancellationToken);
        Messages = await messages.OrderByDescending(message => message.Id).Take(Shown).ToListAsync(cancellationToken);
    }

    public static string KindText(MessageKind kind) => kind switch
    {
        MessageKind.Invitation => "Invitación",
        MessageKind.Reminder => "Recordatorio",
        _ => "Respuesta a una solicitud",
    };
}
