using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ssme.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NarrativePublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WaveNarratives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WaveId = table.Column<int>(type: "int", nullable: false),
                    Presentation = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Background = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Methodology = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Conclusions = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Recommendations = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Level1Profile = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Level2Profile = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Level3Profile = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UpdatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaveNarratives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaveNarratives_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WavePublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WaveId = table.Column<int>(type: "int", nullable: false),
                    Pdf = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    PdfSha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    ResultsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    PublishedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    WithdrawnByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WavePublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WavePublications_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WaveNarratives_WaveId",
                table: "WaveNarratives",
                column: "WaveId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WavePublications_WaveId",
                table: "WavePublications",
                column: "WaveId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WaveNarratives");

            migrationBuilder.DropTable(
                name: "WavePublications");
        }
    }
}
