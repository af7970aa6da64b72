using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ssme.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HistoricalFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HistoricalFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaveCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    WaveName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PeriodYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HistoricalFigures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HistoricalFigures_WaveCode_Figure_DepartmentCode",
                table: "HistoricalFigures",
                columns: new[] { "WaveCode", "Figure", "DepartmentCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HistoricalFigures");
        }
    }
}
