using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ssme.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Submissions_WaveId_OverallLevel",
                table: "Submissions",
                columns: new[] { "WaveId", "OverallLevel" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_WaveId_OverallLevel",
                table: "Submissions");
        }
    }
}
