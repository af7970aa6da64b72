using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssme.Domain.Common;
using Ssme.Domain.Initiatives;
using Ssme.Domain.Privacy;
using Ssme.Domain.Questionnaire;
using Ssme.Domain.Reference;
using Ssme.Domain.Roster;
using Ssme.Domain.Submissions;
using Ssme.Domain.Waves;

namespace Ssme.Infrastructure.Data;

internal sealed class WaveConfiguration : IEntityTypeConfiguration<Wave>
{
    public void Configure(EntityTypeBuilder<Wave> builder)
    {
        builder.Property(wave => wave.Code).HasMaxLength(WaveCode.MaxLength).IsRequired();
        builder.HasIndex(wave => wave.Code).IsUnique();
        builder.Property(wave => wave.Name).HasMaxLength(Wave.MaxNameLength).IsRequired();
        builder.Property(wave => wave.MethodologyVersion).HasMaxLength(50).IsRequired();
        builder.Property(wave => wave.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(wave => wave.WaveCode);
        builder.Ignore(wave => wave.AcceptsAnswers);
    }
}

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.Property(initiative => initiative.Code)
            .HasConversion(code => code!.Value.ToString(), text => InitiativeCode.Parse(text))
            .HasMaxLength(InitiativeCode.MaxLength)
            .IsRequired();
        builder.HasIndex(initiative => initiative.Code).IsUnique();
        builder.Property(initiative => initiative.Name).HasMaxLength(Initiative.MaxNameLength).IsRequired();
        builder.Property(initiative => initiative.NormalizedName).HasMaxLength(Initiative.MaxNameLength).IsRequired();
        builder.Property(initiative => initiative.DepartmentCode).HasMaxLength(2).IsRequired();
        builder.Property(initiative => initiative.ManagerUserId).HasMaxLength(450);
        builder.HasIndex(initiative => new { initiative.NormalizedName, initiative.DepartmentCode }).IsUnique();
        builder.HasIndex(initiative => initiative.ManagerUserId).IsUnique();
        builder.Ignore(initiative => initiative.Department);
        builder.Property(initiative => initiative.ManagingEntityName).HasMaxLength(Initiative.MaxManagingEntityNameLength);
        ChoiceColumns.Choice(builder.Property(initiative => initiative.ManagingEntityType));
        ChoiceColumns.Choice(builder.Property(initiative => initiative.Macrosector));
    }
}

internal sealed class InitiativeCodeCounterConfiguration : IEntityTypeConfiguration<InitiativeCodeCounter>
{
    public void Configure(EntityTypeBuilder<InitiativeCodeCounter> builder)
    {
        builder.Property(counter => counter.Id).ValueGeneratedNever();
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasIndex(submission => new { submission.InitiativeId, submission.WaveId }).IsUnique();
        builder.HasIndex(submission => new { submission.WaveId, submission.Status });
        builder.HasIndex(submission => new { submission.WaveId, submission.OverallLevel });
        builder.HasOne<Initiative>().WithMany().HasForeignKey(submission => submission.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Wave>().WithMany().HasForeignKey(submission => submission.WaveId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(submission => submission.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(submission => submission.StatusBeforeExclusion).HasConversion<string>().HasMaxLength(20);
        builder.Property(submission => submission.ReturnComment).HasMaxLength(Submission.MaxCommentLength);
        builder.Property(submission => submission.ExclusionReason).HasMaxLength(Submission.MaxCommentLength);
        builder.Property(submission => submission.Version).IsConcurrencyToken();
        builder.Property(submission => submission.PendingConfirmation).HasMaxLength(200);
        builder.Property(submission => submission.CopiedFromWaveName).HasMaxLength(Wave.MaxNameLength);
        builder.Ignore(submission => submission.IsCategorized);
        builder.HasMany(submission => submission.History)
            .WithOne()
            .HasForeignKey(change => change.SubmissionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(submission => submission.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsOne(submission => submission.Answers, ConfigureAnswers);
        builder.Navigation(submission => submission.Answers).IsRequired();
    }

    // Columns carry the SPEC §4 field codes so the table reads like the CSV contract.
    private static void ConfigureAnswers(OwnedNavigationBuilder<Submission, Answers> answers)
    {
        Text(answers.Property(a => a.InitiativeName), FieldCodes.InitiativeName);
        answers.Property(a => a.Department).HasColumnName(FieldCodes.Department).HasMaxLength(2);
        Text(answers.Property(a => a.ManagingEntityName), FieldCodes.ManagingEntityName);
        ChoiceColumns.Choice(answers.Property(a => a.ManagingEntityType)).HasColumnName(FieldCodes.ManagingEntityType);
        ChoiceColumns.Choice(answers.Property(a => a.Macrosector)).HasColumnName(FieldCodes.Macrosector);
        answers.Property(a => a.HasPeriodData).HasColumnName(FieldCodes.HasPeriodData);
        Pct(answers.Property(a => a.FocusInterclusterPct)).HasColumnName(FieldCodes.FocusInterclusterPct);
        Pct(answers.Property(a => a.OverallProgressPct)).HasColumnName(FieldCodes.OverallProgressPct);
        ChoiceColumns.Choice(answers.Property(a => a.Strategy)).HasColumnName(FieldCodes.Strategy);
        Pct(answers.Property(a => a.StrategyParticipantsBusinessPct)).HasColumnName(FieldCodes.StrategyParticipantsBusinessPct);
        ChoiceColumns.Choice(answers.Property(a => a.ActionPlan)).HasColumnName(FieldCodes.ActionPlan);
        answers.Property(a => a.FirmsMicro).HasColumnName(FieldCodes.FirmsMicro);
        answers.Property(a => a.FirmsSmall).HasColumnName(FieldCodes.FirmsSmall);
        answers.Property(a => a.FirmsMedium).HasColumnName(FieldCodes.FirmsMedium);
        answers.Property(a => a.FirmsLarge).HasColumnName(FieldCodes.FirmsLarge);
        answers.Property(a => a.FirmsActive).HasColumnName(FieldCodes.FirmsActive);
        ChoiceColumns.Choice(answers.Property(a => a.GeneralAssembly)).HasColumnName(FieldCodes.GeneralAssembly);
        ChoiceColumns.Choice(answers.Property(a => a.AdvisoryBoard)).HasColumnName(FieldCodes.AdvisoryBoard);
        ChoiceColumns.Choice(answers.Property(a => a.ClusterManager)).HasColumnName(FieldCodes.ClusterManager);
        answers.Property(a => a.TeamProfessionals).HasColumnName(FieldCodes.TeamProfessionals);
        ChoiceColumns.Choice(answers.Property(a => a.WorkTables)).HasColumnName(FieldCodes.WorkTables);
        answers.Property(a => a.ActivitiesBusiness).HasColumnName(FieldCodes.ActivitiesBusiness);
        answers.Property(a => a.ActivitiesEnvironment).HasColumnName(FieldCodes.ActivitiesEnvironment);
        answers.Property(a => a.ActivitiesNetworking).HasColumnName(FieldCodes.ActivitiesNetworking);
        ChoiceColumns.Choice(answers.Property(a => a.Collaboration)).HasColumnName(FieldCodes.Collaboration);
        Money(answers.Property(a => a.OpexPublicCop)).HasColumnName(FieldCodes.OpexPublicCop);
        Money(answers.Property(a => a.OpexPrivateCop)).HasColumnName(FieldCodes.OpexPrivateCop);
        Money(answers.Property(a => a.OpexFirmsCop)).HasColumnName(FieldCodes.OpexFirmsCop);
        Money(answers.Property(a => a.ProjectsPublicCop)).HasColumnName(FieldCodes.ProjectsPublicCop);
        Money(answers.Property(a => a.ProjectsPrivateCop)).HasColumnName(FieldCodes.ProjectsPrivateCop);
        Money(answers.Property(a => a.ProjectsFirmsCop)).HasColumnName(FieldCodes.ProjectsFirmsCop);
        answers.Property(a => a.SustainabilityMonths).HasColumnName(FieldCodes.SustainabilityMonths);
        answers.Property(a => a.FirmsImpacted).HasColumnName(FieldCodes.FirmsImpacted);
        answers.Property(a => a.Employment).HasColumnName(FieldCodes.Employment);
        Multi(answers.Property(a => a.ImpactsBusiness)).HasColumnName(FieldCodes.ImpactsBusiness);
        Multi(answers.Property(a => a.ImpactsTerritorial)).HasColumnName(FieldCodes.ImpactsTerritorial);
        Multi(answers.Property(a => a.Barriers)).HasColumnName(FieldCodes.Barriers);
        Text(answers.Property(a => a.BarriersOther), FieldCodes.BarriersOther);
        Text(answers.Property(a => a.DesiredSupport), FieldCodes.DesiredSupport);
        Multi(answers.Property(a => a.EmergencyActions)).HasColumnName(FieldCodes.EmergencyActions);
    }

    /// <summary>A text column as long as its question accepts, so the database never refuses what the form allowed.</summary>
    private static void Text(PropertyBuilder<string?> property, string code) =>
        property.HasColumnName(code).HasMaxLength(QuestionnaireFields.Get(code).MaxLength ?? throw new InvalidOperationException($"{code} is not a text question."));

    private static PropertyBuilder<TFlags> Multi<TFlags>(PropertyBuilder<TFlags> property)
        where TFlags : struct, Enum =>
        property.HasConversion(
                value => ChoiceCode.ToCodes(value),
                codes => ParseMulti<TFlags>(codes))
            .HasMaxLength(300);

    private static PropertyBuilder<Percent?> Pct(PropertyBuilder<Percent?> property) =>
        property.HasConversion(value => value.HasValue ? value.Value.Value : (decimal?)null, value => value.HasValue ? new Percent(value.Value) : null)
            .HasPrecision(9, 4);

    private static PropertyBuilder<Cop?> Money(PropertyBuilder<Cop?> property) =>
        property.HasConversion(value => value.HasValue ? value.Value.Amount : (decimal?)null, value => value.HasValue ? new Cop(value.Value) : null)
            .HasPrecision(20, 2);

    // Internal, not private: the compiled model (Data/CompiledModels) calls the converters' code directly.
    internal static TFlags ParseMulti<TFlags>(string codes)
        where TFlags : struct, Enum =>
        ChoiceCode.ParseCodes<TFlags>(codes, out _);
}

/// <summary>Choices are stored as their SPEC §4 codes, the same text the files carry.</summary>
internal static class ChoiceColumns
{
    public static PropertyBuilder<TEnum?> Choice<TEnum>(PropertyBuilder<TEnum?> property)
        where TEnum : struct, Enum =>
        property.HasConversion(
                value => value.HasValue ? ChoiceCode.ToCode(value.Value) : null,
                code => Parse<TEnum>(code))
            .HasMaxLength(40);

    // Internal, not private: the compiled model (Data/CompiledModels) calls the converters' code directly.
    internal static TEnum? Parse<TEnum>(string? code)
        where TEnum : struct, Enum =>
        ChoiceCode.TryParse<TEnum>(code, out var value) ? value : null;
}

internal sealed class SubmissionStatusChangeConfiguration : IEntityTypeConfiguration<SubmissionStatusChange>
{
    public void Configure(EntityTypeBuilder<SubmissionStatusChange> builder)
    {
        builder.Property(change => change.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(change => change.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(change => change.ChangedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(change => change.ChangedByName).HasMaxLength(256).IsRequired();
        builder.Property(change => change.Comment).HasMaxLength(Submission.MaxCommentLength);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(entry => entry.UserId).HasMaxLength(450).IsRequired();
        builder.Property(entry => entry.UserName).HasMaxLength(256).IsRequired();
        builder.Property(entry => entry.Action).HasMaxLength(100).IsRequired();
        builder.Property(entry => entry.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(entry => entry.EntityId).HasMaxLength(100).IsRequired();
        builder.HasIndex(entry => new { entry.EntityType, entry.EntityId });
    }
}

internal sealed class ReferenceFigureConfiguration : IEntityTypeConfiguration<ReferenceFigure>
{
    public void Configure(EntityTypeBuilder<ReferenceFigure> builder)
    {
        builder.Property(figure => figure.DepartmentCode).HasMaxLength(2).IsRequired();
        builder.HasIndex(figure => new { figure.DepartmentCode, figure.Year }).IsUnique();
    }
}

internal sealed class PrivacyPolicyVersionConfiguration : IEntityTypeConfiguration<PrivacyPolicyVersion>
{
    public void Configure(EntityTypeBuilder<PrivacyPolicyVersion> builder)
    {
        builder.HasIndex(version => version.Number).IsUnique();
        builder.Property(version => version.Text).HasMaxLength(PrivacyPolicyVersion.MaxTextLength).IsRequired();
        builder.Property(version => version.PublishedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class RosterEntryConfiguration : IEntityTypeConfiguration<RosterEntry>
{
    public void Configure(EntityTypeBuilder<RosterEntry> builder)
    {
        builder.HasIndex(entry => new { entry.WaveId, entry.InitiativeId }).IsUnique();
        builder.HasOne<Wave>().WithMany().HasForeignKey(entry => entry.WaveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(entry => entry.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(entry => entry.ManagerName).HasMaxLength(RosterEntry.MaxNameLength).IsRequired();
        builder.Property(entry => entry.ManagerEmail).HasMaxLength(RosterEntry.MaxEmailLength).IsRequired();
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(invitation => invitation.TokenHash).HasMaxLength(InvitationToken.HashLength).IsRequired();
        builder.HasIndex(invitation => invitation.TokenHash).IsUnique();
        builder.HasIndex(invitation => new { invitation.WaveId, invitation.InitiativeId });
        builder.HasOne<Initiative>().WithMany().HasForeignKey(invitation => invitation.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Wave>().WithMany().HasForeignKey(invitation => invitation.WaveId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(invitation => invitation.Email).HasMaxLength(RosterEntry.MaxEmailLength).IsRequired();
        builder.Property(invitation => invitation.DisplayName).HasMaxLength(RosterEntry.MaxNameLength).IsRequired();
        builder.Property(invitation => invitation.Role).HasMaxLength(50).IsRequired();
        builder.Property(invitation => invitation.AcceptedUserId).HasMaxLength(450);
    }
}

internal sealed class InitiativeClaimConfiguration : IEntityTypeConfiguration<InitiativeClaim>
{
    public void Configure(EntityTypeBuilder<InitiativeClaim> builder)
    {
        builder.HasOne<Initiative>().WithMany().HasForeignKey(claim => claim.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(claim => new { claim.Status, claim.InitiativeId });
        builder.Property(claim => claim.UserId).HasMaxLength(450).IsRequired();
        builder.Property(claim => claim.DecidedByUserId).HasMaxLength(450);
        builder.Property(claim => claim.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class SentMessageConfiguration : IEntityTypeConfiguration<SentMessage>
{
    public void Configure(EntityTypeBuilder<SentMessage> builder)
    {
        builder.Property(message => message.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(message => message.To).HasMaxLength(RosterEntry.MaxEmailLength).IsRequired();
        builder.Property(message => message.Subject).HasMaxLength(300).IsRequired();
        builder.Property(message => message.Failure).HasMaxLength(SentMessage.MaxFailureLength);
        builder.Ignore(message => message.Sent);
        builder.HasIndex(message => new { message.WaveId, message.InitiativeId, message.Kind, message.At });
    }
}

internal sealed class HistoricalFigureConfiguration : IEntityTypeConfiguration<Domain.History.HistoricalFigure>
{
    public void Configure(EntityTypeBuilder<Domain.History.HistoricalFigure> builder)
    {
        builder.Property(figure => figure.WaveCode).HasMaxLength(Domain.Waves.WaveCode.MaxLength).IsRequired();
        builder.Property(figure => figure.WaveName).HasMaxLength(100).IsRequired();
        builder.Property(figure => figure.Figure).HasMaxLength(40).IsRequired();
        builder.Property(figure => figure.DepartmentCode).HasMaxLength(2).IsRequired();
        builder.Property(figure => figure.Value).HasPrecision(18, 4);
        builder.HasIndex(figure => new { figure.WaveCode, figure.Figure, figure.DepartmentCode }).IsUnique();
    }
}
