using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssme.Domain.Narrative;
using Ssme.Domain.Publication;
using Ssme.Domain.Waves;

namespace Ssme.Infrastructure.Data;

internal sealed class WaveNarrativeConfiguration : IEntityTypeConfiguration<WaveNarrative>
{
    public void Configure(EntityTypeBuilder<WaveNarrative> builder)
    {
        builder.HasIndex(narrative => narrative.WaveId).IsUnique();
        builder.HasOne<Wave>().WithMany().HasForeignKey(narrative => narrative.WaveId).OnDelete(DeleteBehavior.Restrict);
        foreach (var text in new[] { "Presentation", "Background", "Methodology", "Conclusions", "Recommendations", "Level1Profile", "Level2Profile", "Level3Profile" })
        {
            builder.Property<string>(text).HasMaxLength(NarrativeTexts.MaxLength).IsRequired();
        }

        builder.Property(narrative => narrative.UpdatedById).HasMaxLength(450).IsRequired();
        builder.Property(narrative => narrative.UpdatedByName).HasMaxLength(256).IsRequired();
        builder.Property(narrative => narrative.Version).IsConcurrencyToken();
        builder.Ignore(narrative => narrative.Texts);
    }
}

internal sealed class WavePublicationConfiguration : IEntityTypeConfiguration<WavePublication>
{
    public void Configure(EntityTypeBuilder<WavePublication> builder)
    {
        builder.HasIndex(publication => publication.WaveId);
        builder.HasOne<Wave>().WithMany().HasForeignKey(publication => publication.WaveId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(publication => publication.Pdf).IsRequired();
        builder.Property(publication => publication.PdfSha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(publication => publication.ResultsJson).IsRequired();
        builder.Property(publication => publication.PublishedById).HasMaxLength(450).IsRequired();
        builder.Property(publication => publication.PublishedByName).HasMaxLength(256).IsRequired();
        builder.Property(publication => publication.WithdrawnById).HasMaxLength(450);
        builder.Property(publication => publication.WithdrawnByName).HasMaxLength(256);
        builder.Ignore(publication => publication.IsPublished);
        builder.Ignore(publication => publication.Results);
    }
}
