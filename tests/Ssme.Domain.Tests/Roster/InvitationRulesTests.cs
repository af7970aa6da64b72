using Ssme.Domain.Common;
using Ssme.Domain.Roster;

namespace Ssme.Domain.Tests.Roster;

public sealed class InvitationRulesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, EsCo.ColombiaOffset);

    [Fact]
    public void An_invitation_whose_mail_has_not_left_does_not_read_as_sent()
    {
        var invitation = new Invitation(InvitationToken.New().Hash, "ana@ssme.test", "Ana", "ClusterManager", 1, 1, Noon);

        Assert.Equal(InvitationState.Unsent, invitation.StateAt(Noon));
        Assert.Equal("Sin enviar", invitation.StateAt(Noon).ToSpanish());
    }

    [Fact]
    public void A_newer_link_that_failed_to_leave_does_not_hide_the_earlier_one_that_works()
    {
        var first = new Invitation(InvitationToken.New().Hash, "ana@ssme.test", "Ana", "ClusterManager", 1, 1, Noon);
        first.RecordDelivery(sent: true, Noon);
        var reminder = new Invitation(InvitationToken.New().Hash, "ANA@ssme.test", "Ana", "ClusterManager", 1, 1, Noon.AddDays(3));
        reminder.RecordDelivery(sent: false, Noon.AddDays(3));

        Assert.Same(first, InvitationRules.Current([first, reminder], Noon.AddDays(4)));
        Assert.Same(reminder, InvitationRules.Current([first, reminder], Noon.AddDays(15)));
        Assert.True(first.IsUsableAt(Noon.AddDays(4)));
    }

    [Fact]
    public void The_query_for_working_links_agrees_with_each_link_s_own_rule()
    {
        var fresh = new Invitation(InvitationToken.New().Hash, "ana@ssme.test", "Ana", "ClusterManager", 1, 1, Noon);
        var accepted = new Invitation(InvitationToken.New().Hash, "luis@ssme.test", "Luis", "ClusterManager", 2, 1, Noon);
        accepted.Accept("user-luis", Noon.AddDays(1));
        var usable = Invitation.UsableAt(Noon.AddDays(2)).Compile();

        foreach (var at in new[] { Noon.AddDays(2), Noon.Add(Invitation.Validity), Noon.Add(Invitation.Validity).AddTicks(-1) })
        {
            var query = Invitation.UsableAt(at).Compile();
            Assert.Equal(fresh.IsUsableAt(at), query(fresh));
            Assert.Equal(accepted.IsUsableAt(at), query(accepted));
        }

        Assert.True(usable(fresh));
        Assert.False(usable(accepted));
    }

    [Theory]
    [InlineData(null, false, true)]
    [InlineData(InvitationState.Expired, false, true)]
    [InlineData(InvitationState.Failed, false, true)]
    [InlineData(InvitationState.Unsent, false, true)]
    [InlineData(InvitationState.Pending, false, false)]
    [InlineData(InvitationState.Accepted, false, false)]
    [InlineData(null, true, false)]
    public void A_bulk_invitation_skips_working_links_and_contacts_who_already_manage_the_initiative(InvitationState? state, bool managerIsContact, bool invited) =>
        Assert.Equal(invited, InvitationRules.BulkInvites(state, managerIsContact));

    [Theory]
    [InlineData("ana@ssme.test", true)]
    [InlineData("a@x..co", false)]
    [InlineData("a@x.co,b", false)]
    [InlineData("Ana <ana@ssme.test>", false)]
    [InlineData("ana@ssme", false)]
    public void Every_address_the_portal_stores_is_one_the_mail_library_accepts(string address, bool valid)
    {
        Assert.Equal(valid, EmailAddresses.IsValid(address));
        Assert.Equal(valid, RosterEntry.IsEmail(address));
    }
}
