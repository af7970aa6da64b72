using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ssme.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitiativeCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Initiatives",
                type: "TEXT",
                maxLength: 13,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "InitiativeCodeCounter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeCodeCounter", x => x.Id);
                });

            // Existing initiatives are numbered in the order they were created (their ids), and the counter continues after them.
            migrationBuilder.Sql("""
                UPDATE "Initiatives" SET "Code" = 'IC-' || printf('%04d', (SELECT COUNT(*) FROM "Initiatives" AS "Earlier" WHERE "Earlier"."Id" <= "Initiatives"."Id"));
                """);
            migrationBuilder.Sql("""
                INSERT INTO "InitiativeCodeCounter" ("Id", "LastNumber") SELECT 1, COUNT(*) FROM "Initiatives";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_Code",
                table: "Initiatives",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InitiativeCodeCounter");

            migrationBuilder.DropIndex(
                name: "IX_Initiatives_Code",
                table: "Initiatives");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Initiatives");
        }
    }
}
