using Ssme.Domain.Common;
using Ssme.Domain.Roster;

namespace Ssme.Domain.Tests.Roster;

public sealed class RosterRulesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, EsCo.ColombiaOffset);

    [Theory]
    [InlineData(null, true)]
    [InlineData(-1.0, true)] // yesterday noon
    [InlineData(-0.4, false)] // earlier today (Colombia)
    [InlineData(-0.51, true)] // 23:45 the day before, in Colombia
    public void One_reminder_per_initiative_per_Colombian_day(double? daysBefore, bool allowed)
    {
        DateTimeOffset? last = daysBefore is { } days ? Noon.AddDays(days) : null;

        Assert.Equal(allowed, ReminderRule.AllowsAnother(last, Noon));
    }

    [Fact]
    public void A_link_works_once_and_only_for_fourteen_days()
    {
        var invitation = new Invitation(InvitationToken.New().Hash, "ana@ssme.test", "Ana", "ClusterManager", 1, 1, Noon);
        invitation.RecordDelivery(sent: true, Noon);

        Assert.Equal(InvitationState.Pending, invitation.StateAt(Noon.AddDays(13)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Noon.AddDays(14)));
        Assert.Throws<DomainException>(() => invitation.Accept("u1", Noon.AddDays(14)));

        invitation.Accept("u1", Noon.AddDays(1));

        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Noon.AddDays(2)));
        Assert.Equal(Invitation.Used, Assert.Throws<DomainException>(() => invitation.Accept("u2", Noon.AddDays(2))).Message);
    }

    [Fact]
    public void Only_the_hash_of_the_secret_is_kept_and_secrets_differ()
    {
        var first = InvitationToken.New();
        var second = InvitationToken.New();

        Assert.NotEqual(first.Value, second.Value);
        Assert.Equal(64, first.Hash.Length);
        Assert.DoesNotContain(first.Value, first.Hash, StringComparison.Ordinal);
        Assert.Equal(first.Hash, InvitationToken.HashOf(first.Value));
    }

    [Fact]
    public void A_roster_row_is_checked_column_by_column_and_a_repeated_initiative_is_named()
    {
        IReadOnlyDictionary<string, string?> Row(string name, string department, string email) => new Dictionary<string, string?>
        {
            [RosterRules.InitiativeName] = name,
            [RosterRules.Department] = department,
            [RosterRules.ManagerName] = "Ana",
            [RosterRules.ManagerEmail] = email,
        };

        var (rows, problems) = RosterRules.Check(
            [RosterRules.InitiativeName, RosterRules.Department, RosterRules.ManagerName, RosterRules.ManagerEmail],
            [(2, Row("Cluster Uno", "Antioquia", "ana@x.co")), (3, Row("CLUSTER UNO", "05", "otra@x.co")), (4, Row("Cluster Dos", "Narnia", "sin-arroba"))]);

        Assert.Single(rows);
        Assert.Equal(
            ["Fila 3, columna initiative_name: la iniciativa ya aparece en la fila 2.", "Fila 4, columna department: «Narnia» no es un departamento de Colombia.", "Fila 4, columna manager_email: Correo del gerente: «sin-arroba» no es un correo electrónico válido."],
            problems.Select(problem => problem.ToString()));
    }
}
