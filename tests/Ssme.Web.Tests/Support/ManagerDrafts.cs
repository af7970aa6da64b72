using Microsoft.EntityFrameworkCore;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Submissions;
using Ssme.Domain.Users;
using Ssme.Domain.Waves;

namespace Ssme.Web.Tests.Support;

/// <summary>A manager account whose initiative already has a draft in a wave, for tests that start at the questionnaire.</summary>
public static class ManagerDrafts
{
    public static async Task<(string Email, int SubmissionId)> ManagerWithDraftAsync(this SsmeAppFactory factory, Wave wave, string department = "66")
    {
        var email = await factory.CreateAccountAsync(Roles.ClusterManager);
        var userId = await factory.WithDbAsync(db => db.Users.Where(user => user.Email == email).Select(user => user.Id).SingleAsync());
        var answers = new Answers { InitiativeName = $"Cluster {Guid.NewGuid():N}", Department = department };
        var ids = await factory.AddSubmissionsAsync(wave, [answers], _ => SubmissionStatus.Draft, userId);
        return (email, ids[0]);
    }
}
